# One LOAD_ATTR site seeing objects of builtin types, their subclasses, modules, classes,
# super objects and bound methods: every hit must match the uncached lookup.
import sys


class S(str):
    pass


class Loud(str):
    def __getattribute__(self, name):
        if name == "upper":
            return lambda: "LOUD"
        return super().__getattribute__(name)


class WithGetattr(str):
    def __getattr__(self, name):
        return "fallback:" + name


def up(x):
    return x.upper()


values = ["abc", S("def"), Loud("ghi"), WithGetattr("jkl"), b"mno", bytearray(b"pqr")]
for _ in range(3):
    print([up(v) for v in values])

# An instance dict entry shadows the type's method once it appears.
s = S("xyz")
print(up(s))
s.upper = lambda: "shadowed"
print(up(s))
del s.upper
print(up(s))

# A method added to the subclass after the site cached str's.
S.upper = lambda self: "S.upper"
print(up(S("q")), up("q"))
del S.upper
print(up(S("q")))


def attr(x, name="real"):
    return x.real


for v in [1, 2.5, 3j, True, 10**30]:
    print(attr(v))


def missing(x):
    return x.nope


for v in ["a", WithGetattr("b"), 1]:
    try:
        print(missing(v))
    except AttributeError as e:
        print("AttributeError:", e)


def name_of(x):
    return x.__name__


class K:
    pass


def f():
    pass


print([name_of(x) for x in [K, f, sys, len, str.upper, K, sys]])


class Base:
    def who(self):
        return "Base.who"


class Child(Base):
    def who(self):
        return "Child.who"


def who(x):
    return x.who()


sup = super(Child, Child())
print([who(x) for x in [Base(), Child(), sup, Base(), sup]])


def func_attr(x):
    return x.__func__.__name__


bm = Child().who
print([func_attr(bm) for _ in range(2)])
bm2 = [].append
for x in [bm, bm2]:
    try:
        print(func_attr(x))
    except AttributeError as e:
        print("AttributeError:", e)


def method_load(x):
    return x.count("a")


for v in ["banana", ["a", "b", "a"], ("a",), b"aaa" and "aaa", S("aa")]:
    print(method_load(v))
