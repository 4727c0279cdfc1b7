# split, rsplit, splitlines, partition, join.
print("a,b,,c".split(","), "a b  c".split(), "  lead trail  ".split(), "".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".split(None, 1), "a  b".split(" "))
print("line1\nline2\r\nline3\rline4".splitlines(), "x\n\ny\n".splitlines(True), "".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="), "none".partition("="))
print(",".join(["a", "b"]), "".join([]), "-".join("abc"), " ".join(map(str, range(3))))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
print("a|b|c".split("|", maxsplit=0), "a|b|c".rsplit("|", maxsplit=1))
