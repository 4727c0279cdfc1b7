# Searching: find/rfind/index/rindex/count/startswith/endswith/in, with bounds.
s = "abracadabra"
print(s.find("bra"), s.rfind("bra"), s.find("x"), s.find("a", 1), s.find("a", 1, 3), s.find(""))
print(s.index("c"), s.rindex("a"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 5))
print(s.startswith("abr"), s.startswith(("x", "ab")), s.endswith("bra"), s.startswith("bra", 8))
print(s.endswith(("cad", "abra"), 0, 7), "cad" in s, s.find("a", -3), s.rfind("a", 0, -1))
try:
    s.index("z")
except ValueError as e:
    print(e)
try:
    s.startswith(["a"])
except TypeError as e:
    print(e)
print("aaa".count("aa"), "".find(""), "abc".find("", 5), "abc".rfind(""))
