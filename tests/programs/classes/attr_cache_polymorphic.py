# One attribute site sees many classes: each must get its own attribute, whatever the site
# remembered for the classes before it.

class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n

    def describe(self):
        return f"{type(self).__name__}:{self.kind}:{self.get()}"


class A(Base):
    kind = "a"


class B(Base):
    def get(self):
        return -self.n


class C(B):
    kind = "c"


class D(Base):
    @property
    def n(self):
        return 100

    @n.setter
    def n(self, v):
        self._n = v


class E(Base):
    __slots__ = ("n",)


class F(Base):
    def __getattribute__(self, name):
        if name == "n":
            return "intercepted"
        return object.__getattribute__(self, name)


objs = [Base(1), A(2), B(3), C(4), D(5), E(6), F(7)]
for round_ in range(3):
    print([o.describe() for o in objs])
    print([o.n for o in objs])

# Instance dicts filled in different orders: the entry the site remembered moves.
class P:
    pass


p1, p2 = P(), P()
p1.x, p1.y = 1, 2
p2.y, p2.x = 3, 4
for _ in range(2):
    print([(p.x, p.y) for p in (p1, p2)])

# Deleting and re-adding an attribute between uses of the same site.
def read(o):
    return o.x


print(read(p1))
del p1.x
try:
    read(p1)
except AttributeError as e:
    print("AttributeError:", e)
p1.x = 10
print(read(p1), read(p2))

# A method shadowed by an instance attribute, then unshadowed.
class M:
    def f(self):
        return "method"


m = M()
def call(o):
    return o.f()


print(call(m))
m.f = lambda: "instance"
print(call(m))
del m.f
print(call(m))

# A class attribute changed after the site cached it.
def kind(o):
    return o.kind


a = A(0)
print(kind(a))
A.kind = "changed"
print(kind(a))
Base.kind = "base2"
print(kind(Base(0)), kind(a), kind(C(0)))
del A.kind
print(kind(a))

# __class__ assignment between uses.
b = B(5)
print(b.get())
b.__class__ = A
print(b.get())

# Stores through one site to objects of many classes, including a property and slots.
def store(o, v):
    o.n = v


for o in objs[:6]:
    store(o, 42)
print([o.n for o in objs[:6]], objs[4]._n)

class NoSet:
    __slots__ = ()


try:
    store(NoSet(), 1)
except AttributeError as e:
    print("AttributeError:", e)

# Loads on classes through one site: functions, static and class methods, plain values,
# builtin types, a metaclass with its own descriptors, and changes after the site cached.
class Meta(type):
    @property
    def tag(cls):
        return "meta-" + cls.__name__


class K:
    tag = "plain"
    value = 1

    def f(self):
        return "f"

    @staticmethod
    def s(x):
        return ("s", x)

    @classmethod
    def c(cls, x):
        return (cls.__name__, x)


class K2(K):
    pass


class KM(K, metaclass=Meta):
    pass


def load(cls, name):
    if name == "tag":
        return cls.tag
    if name == "s":
        return cls.s(1)
    if name == "c":
        return cls.c(2)
    return cls.value


for _ in range(2):
    for cls in (K, K2, KM):
        print(cls.__name__, load(cls, "tag"), load(cls, "s"), load(cls, "c"), load(cls, "value"))
print(K.f(K()), K2.f is K.f, K.c.__self__ is K, K2.c.__self__ is K2)
K.value = 2
print(load(K2, "value"), load(KM, "value"))
K2.value = 3
print(load(K, "value"), load(K2, "value"))
K.s = staticmethod(lambda x: ("new", x))
print(load(K2, "s"))
del K2.value
print(load(K2, "value"))
print([t.fromkeys("ab") if t is dict else t.__name__ for t in (int, dict, str)])

# A non-method load of a method binds it each time; an instance attribute shadows it.
class Bind:
    def m(self):
        return id(self) == id(b)

    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm():
        return "sm"


b = Bind()
for _ in range(2):
    f = b.m
    print(f(), f.__self__ is b, b.cm(), b.sm())
    g = b.cm
    h = b.sm
    print(g(), h())
b.m = lambda: "shadow"
f = b.m
print(f())

# Stores through data descriptors: slot members, properties (with and without a setter),
# getsets of builtin types, on several classes through one site.
class Sl:
    __slots__ = ("v",)


class Pr:
    def __init__(self):
        self.log = []

    @property
    def v(self):
        return self.log[-1]

    @v.setter
    def v(self, x):
        self.log.append(x)


class RO:
    @property
    def v(self):
        return "read-only"


def put(o, x):
    o.v = x


objs2 = [Sl(), Pr(), Sl(), Pr()]
for i in range(3):
    for o in objs2:
        put(o, i)
print([o.v for o in objs2], objs2[1].log)
for bad in (RO(), 5):
    try:
        put(bad, 1)
    except AttributeError as e:
        print("AttributeError:", e)


def named(f, x):
    f.__name__ = x


def fn():
    pass


named(fn, "renamed")
print(fn.__name__)
try:
    named(fn, 3)
except TypeError as e:
    print("TypeError:", e)
print([int(x) for x in (1, 2.5, "7", True)], [float(x) for x in (1, "2.5", False)])
for bad in ("x", [1]):
    for conv in (int, float):
        try:
            conv(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
