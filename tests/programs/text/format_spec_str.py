# The format mini-language applied to str and through format() and f-strings.
for spec in ["", "5", "<5", ">5", "^5", "*^6", "é>4", "😀<3", ".1", "10.3", "0", "05", "s", ">3.2s", "^7s"]:
    print(repr(spec), repr(format("ab", spec)), repr(format("é😀x", spec)), repr(f"{'q':{spec}}"))
for spec in ["+", " ", "-", "#", "=5", "z", ",", "_", "d", "x", "5,", "%"]:
    try:
        format("ab", spec)
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
class S(str):
    pass
v = S("sub")
print(format(v, ""), type(format(v, "")).__name__, format(v, ">5"), type(format(v, "")) is str, f"{v}", type(f"{v}").__name__)
x = "val"
print(f"{x!r}", f"{x!a:>8}", f"{x=}", f"{x = :>6}", f"{'é'!a}", f"{x:{'>'}{4 + 2}}", f"{{x}}", f"{x}{x}")
try:
    format("a", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    "a".__format__()
except TypeError as e:
    print("TypeError:", e)
try:
    format()
except TypeError as e:
    print("TypeError:", e)
