# split, rsplit, splitlines and partition with every argument form.
s = "  one two\tthree\nfour  five  "
print(s.split(), s.split(None, 2), s.rsplit(None, 2), s.split(maxsplit=1), s.rsplit(maxsplit=1))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "a,b,,c,".split(",", 0), "a,b".split(",", -1))
print("aXXbXXXc".split("XX"), "aXXbXXXc".rsplit("XX"), "".split(), "".split(","), "   ".split(" "))
print("x\u2003y\u3000z\x1cw\x85v".split(), "ab".split("ab"), "abab".split("ab"))
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines())
print("a\nb\r\nc\r".splitlines(True), "x\n\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("éaéb".split("é"), "日本語の文".split("の"), "a😀b😀".rsplit("😀", 1))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split(",", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split(sep=",", maxsplit=1, x=2)
except TypeError as e:
    print("TypeError:", e)
