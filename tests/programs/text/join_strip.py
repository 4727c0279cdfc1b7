# join and the strip family.
print("-".join(["a", "b", "c"]), "".join(("x", "y")), ", ".join([]), "é".join(["a", "b"]), "|".join("abc"))
print("".join(["a"]) , " ".join(x for x in ["p", "q"]), "+".join({"k": 1, "j": 2}))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "-".join([b"a"])
except TypeError as e:
    print("TypeError:", e)
s = " \t\n xyz \r\n\x0b\x0c"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "aaa".strip("a") == "")
print(repr("\u3000 hi \u2028".strip()), "ééaéé".strip("é"), "hi".strip(None), "  hi  ".lstrip(None))
try:
    "x".strip(1)
except TypeError as e:
    print("TypeError:", e)
print("abc".removeprefix("ab"), "abc".removeprefix("x"), "abc".removesuffix("bc"), "abc".removesuffix(""), "".removeprefix(""))
try:
    "abc".removeprefix(None)
except TypeError as e:
    print("TypeError:", e)
