# center, ljust, rjust, zfill, expandtabs.
for w in [0, 3, 6, 7, 10]:
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "é")), repr("abc".ljust(w, "-")), repr("abc".rjust(w, "😀")))
print("abcd".center(7), "|", "abc".center(8, "."), "|", "a".center(4, "."), "|", "".center(3, "x"))
for s in ["42", "-42", "+42", "", "-", "abc", "é", "--1"]:
    print(repr(s.zfill(5)), repr(s.zfill(-1)), repr(s.zfill(1)))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tbc\tdef\tg".expandtabs(4)), repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(-3)))
print(repr("ab\ncd\te\r\tf".expandtabs(3)), repr("\t".expandtabs(tabsize=2)), repr("é\t😀\tx".expandtabs(2)))
for bad in [("abc", 5, "ab"), ("abc", 5, ""), ("abc", 5, 1)]:
    try:
        bad[0].center(bad[1], bad[2])
    except TypeError as e:
        print("TypeError:", e)
try:
    "x".ljust("5")
except TypeError as e:
    print("TypeError:", e)
try:
    "x".zfill(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    "x".rjust()
except TypeError as e:
    print("TypeError:", e)
