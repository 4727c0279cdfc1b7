# Class patterns: positional via __match_args__, keyword attributes, builtins' self-matching.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case _:
            return "not a point"


for p in [Point3(0, 0, 0), Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), "p"]:
    print(where(p))
for v in [5, 5.0, "s", b"b", [1], (1,), {1: 1}, {1}, True, None]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s) | bytes(s):
            print("str or bytes", s)
        case list([x]) | tuple((x,)):
            print("list/tuple with", x)
        case dict() | set():
            print("dict or set", v)
        case _:
            print("other", v)


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)


class TooMany:
    __match_args__ = ("a",)
    a = 1


try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(x=1):
            pass
        case _:
            print("int has no attribute x: no match")
except TypeError as e:
    print("TypeError:", e)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)
