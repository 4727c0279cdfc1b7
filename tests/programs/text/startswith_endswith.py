# startswith / endswith with tuples, start and end, and negative indices.
s = "hello world"
print(s.startswith("hello"), s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9), s.startswith(""))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith("o", -7, -6), s.endswith(("x", "ld")), s.startswith(("a", "b")))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 5, 3), s.startswith((), 0), s.endswith("d", None))
print("é😀".startswith("é"), "é😀".endswith("😀"), "abc".startswith(("abcd", "ab")), "".endswith(""), "".startswith("a"))
for bad in [1, ("a", 1), ["a"], None]:
    try:
        s.startswith(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        s.endswith(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    s.startswith("h", "x")
except TypeError as e:
    print("TypeError:", e)
