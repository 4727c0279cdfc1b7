# Instances made by calling a class with a Python __init__: arguments of every kind, errors
# raised in or by __init__ (a non-None return, a generator __init__), __init__ chains through
# super(), classes whose __new__ or metaclass takes part, and a recursion through constructors.
import sys


class Point:
    def __init__(self, x, y=0, *rest, scale=1, **extra):
        self.x = x * scale
        self.y = y * scale
        self.rest = rest
        self.extra = extra


p = Point(1, 2, 3, 4, scale=10, tag="t")
print(p.x, p.y, p.rest, p.extra)
print(Point(5).__dict__)
print(Point(*[1, 2], **{"scale": 3}).x)

try:
    Point()
except TypeError as e:
    print("TypeError:", e)


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, n):
        if n > 2:
            raise ValueError(f"too big: {n}")
        self.n = n


made = []
for i in range(5):
    try:
        made.append(Raises(i).n)
    except ValueError as e:
        made.append(str(e))
print(made)


class Base:
    def __init__(self, name):
        self.name = name
        self.order = ["Base"]


class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        self.order.append("Child")


c = Child("c", 3)
print(c.name, c.age, c.order, type(c).__name__)


class WithNew:
    def __new__(cls, *args):
        print("__new__", args)
        return super().__new__(cls)

    def __init__(self, v):
        print("__init__", v)


WithNew(7)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class Managed(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(Managed(9).v)


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


def length(n):
    k = 0
    while n is not None:
        k += 1
        n = n.child
    return k


print(length(Node(300)))
sys.setrecursionlimit(100)
try:
    Node(1000)
except RecursionError as e:
    print("RecursionError:", e)
