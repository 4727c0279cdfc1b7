# strip/lstrip/rstrip, removeprefix/removesuffix, padding, replace, expandtabs, translate.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
print(repr("ab".center(7, "*")), repr("ab".ljust(5)), repr("ab".rjust(5, "0")), "42".zfill(5), "-42".zfill(5), "+4".zfill(4))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "x".replace("x", ""))
print(repr("a\tbc\tdef".expandtabs()), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(0)))
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), str.maketrans({"a": "1", "b": None}), "ab".translate({97: "A", 98: None}))
print("ab".center(1), "abc".center(6, "-"), "abc".center(8, "."))
