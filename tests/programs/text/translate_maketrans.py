# str.maketrans in its three forms and str.translate.
t = str.maketrans("abc", "xyz")
print(t, "aabbcc".translate(t))
t = str.maketrans("abc", "xyz", "d")
print(t, "abcd dcba".translate(t))
t = str.maketrans({"a": "1", "b": None, 99: "ccc", "é": 0x1F600})
print(t, "abcé".translate(t))
print("hello".translate({108: "L", 111: None}), "hello".translate({}), "héllo".translate({0xe9: "e"}))
print("abc".translate({97: 98, 98: 99}), "abc".translate({97: ""}), repr("".translate({97: "x"})))
print(str.maketrans("", ""), str.maketrans("", "", "xy"), "xyz".maketrans("a", "b"))
for bad in [("ab", "c"), (1,), ({"ab": 1},), ({1.5: "x"},), ("a", "b", 1), ("a",)]:
    try:
        str.maketrans(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for bad in [{97: 1.5}, {97: 0x110000}, {97: -1}]:
    try:
        "a".translate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class Table:
    def __getitem__(self, k):
        if k == 97:
            return "A"
        raise LookupError(k)
print("banana".translate(Table()))
