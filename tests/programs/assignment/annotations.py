# Annotated assignments at module, class and function level.
x: int = 5
y: "forward ref"
z: list[int] = [1, 2]
(paren): int = 3
print(x, z, paren, __annotations__)


class C:
    a: int
    b: str = "bee"
    c: dict[str, int] = {}
    d: "C"


print(C.__annotations__, C.b, hasattr(C, "a"))


def f():
    local: int = 1
    unused: str
    return local


print(f(), f.__annotations__)
obj = C()
obj.attr: int = 10
print(obj.attr, C.__annotations__.get("attr"))
lst = [0]
lst[0]: float = 1.5
print(lst)
try:
    print(y)
except NameError as e:
    print(e)


def evaluated():
    print("annotation evaluated")
    return int


v: evaluated() = 1
print(__annotations__["v"])
