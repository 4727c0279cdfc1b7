# The UnicodeError family: fields and messages.
d = UnicodeDecodeError("utf-8", b"\xff\xfeabc", 0, 1, "invalid start byte")
print(d.encoding, d.object is not None, d.start, d.end, d.reason)
print(d)
print(UnicodeDecodeError("utf-8", b"\xff\xfeabc", 0, 2, "invalid continuation"))
e = UnicodeEncodeError("ascii", "caf\xe9", 3, 4, "ordinal not in range(128)")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(e)
print(UnicodeEncodeError("ascii", "\u20ac!", 0, 1, "nope"))
print(UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "nope"))
print(UnicodeEncodeError("ascii", "abcdef", 1, 4, "several"))
t = UnicodeTranslateError("\xe9t\xe9", 0, 1, "cannot map")
print(t.encoding, t.object, t.start, t.end, t.reason)
print(t)
print(UnicodeTranslateError("xyz", 0, 3, "all of it"))
for make in [lambda: UnicodeDecodeError("utf-8"), lambda: UnicodeEncodeError("a", "b", 0), lambda: UnicodeTranslateError("a")]:
    try:
        make()
    except TypeError as err:
        print("TypeError:", err)
print(isinstance(d, ValueError), isinstance(d, UnicodeError))
print(UnicodeError("plain"), UnicodeError().args)
d.reason = "changed"
d.start = 1
d.end = 2
print(d)
