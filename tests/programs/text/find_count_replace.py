# find/rfind/index/rindex/count/replace with start and end, and in.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("z"), s.find(""), s.find("", 11), s.find("", 12))
print(s.rfind("a"), s.rfind("a", 0, -1), s.rfind("bra"), s.rfind(""), s.rfind("", 3, 5), s.rfind("a", None, None))
print(s.index("c"), s.rindex("a", 0, 5), s.count("a"), s.count("a", 3), s.count(""), s.count("", 3, 5), s.count("bra", -4))
print("".count(""), "".find(""), "abc".count("", 10), "abc".find("", 4), "aaaa".count("aa"), "日日日".count("日"))
print("bra" in s, "" in s, "x" in s, "é" in "café", "😀" in "a😀b", "\ud800" in "ab")
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("a", "A", -1), s.replace("", "-"), s.replace("", "-", 3))
print(s.replace("abra", ""), "aaa".replace("a", "bb"), "é".replace("é", "e"), "abc".replace("b", "😀"), s.replace("z", "y"))
print(s.replace("a", "A", 0), "".replace("", "x"), "abc".replace("abc", ""), "ab".replace("", ""))
for args in [("z",), ("a", 20), ("a", 0, 0)]:
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
try:
    s.count("a", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    s.replace("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    1 in s
except TypeError as e:
    print("TypeError:", e)
