# Indexing, iteration, comparison, multiplication, and immutability of str.
s = "python"
print(s[0], s[-1], s[1:4], s[::-1], len(s), list(s), sorted(s), min(s), max(s), s * 2, s + "!")
print("a" < "b", "a" < "B", "abc" < "abd", "Z" < "a", "" < "a", "é" > "z", "10" < "9")
try:
    s[0] = "P"
except TypeError as e:
    print(e)
try:
    s[10]
except IndexError as e:
    print(e)
print([c for c in "héllo"], "".join(reversed("abc")), "abc" == "ab" + "c", s is not None)
print(str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), str(b"x", "ascii"), repr("x\ny"))
print(ord("A"), chr(97), ord("€"), chr(0x1F600), [ord(c) for c in "az"])
print("x".join("123"), "abc"[::-1] == "cba", "-" * 10, "%d items" % 3, "a\u0000b", len("a\u0000b"))
