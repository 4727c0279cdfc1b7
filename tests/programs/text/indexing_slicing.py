# Indexing, slicing, concatenation, repetition and comparison of str.
s = "Python😀é"
print(s[0], s[-1], s[6], s[2:5], s[::2], s[::-1], s[-3:], s[:100], s[100:], s[5:2], s[5:2:-1], s[::-3], s[1:-1:2])
print(len(s), len(""), len("\U0001F600\ud800"), s[-8], s[7])
for i in [8, -9, 100]:
    try:
        s[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
print("ab" + "cd", "é" + "😀", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 5, "x" * True)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
print("a" < "b", "a" < "ab", "" < "a", "b" > "abc", "é" > "z", "😀" > "\uffff", "abc" == "abc", "abc" != "abd", "A" <= "a", "a" >= "a")
print("a" == 1, "a" != None, "a".__lt__(1) is NotImplemented, "a".__eq__(1) is NotImplemented, "abc".__ne__("abc"))
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    None >= "a"
except TypeError as e:
    print("TypeError:", e)
print("a".__hash__() == "a".__hash__(), ("x" + "y").__hash__() == "xy".__hash__(), "".__hash__())
for ch in "aé😀":
    print(ch, end=" ")
print()
it = "ab".__iter__()
print(it.__next__(), it.__next__(), it.__length_hint__())
