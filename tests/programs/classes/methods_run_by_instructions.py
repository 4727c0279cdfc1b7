# Special methods that an instruction calls (operators, comparisons, subscripts, property
# getters, class bodies), which the stackless engine runs as frames of its own loop: the
# rest of each operation after the method returns must be exactly CPython's.


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Num):
            return Num(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        return ("radd", other)

    def __repr__(self):
        return f"Num({self.v})"


class Other:
    def __radd__(self, other):
        return ("Other.radd", other)


class Nothing:
    def __add__(self, other):
        return NotImplemented


class SubNum(Num):
    def __radd__(self, other):
        return ("SubNum.radd goes first", other)


print(Num(1) + Num(2))
print(Num(1) + Other())  # __add__ gives NotImplemented: Other.__radd__
print(5 + Num(1))
print(Num(1) + SubNum(2))  # the subclass's reflected method goes first
try:
    Nothing() + Nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1) + "x"
except TypeError as e:
    print("TypeError:", e)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        if other == "refuse":
            return NotImplemented
        self.items.append(other)
        return self

    def __add__(self, other):
        return ("plain add", other)


a = Acc()
a += 1
a += 2
print(a.items)
a += "refuse"  # __iadd__ gives NotImplemented: __add__
print(a)


class OnlyAdd:
    def __add__(self, other):
        return "OnlyAdd.__add__"


x = OnlyAdd()
x += 1
print(x)
y = Nothing()
try:
    y += 1
except TypeError as e:
    print("TypeError:", e)


def gen_add(self, other):
    yield self
    yield other


class GenAdd:
    __add__ = gen_add


g = GenAdd() + 7
print(type(g).__name__, list(g)[1])


class Cmp:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, Cmp):
            return self.v == other.v
        return NotImplemented

    def __lt__(self, other):
        return NotImplemented

    def __gt__(self, other):
        return ("gt reflected", other.v if isinstance(other, Cmp) else other)


c1, c2 = Cmp(1), Cmp(1)
print(c1 == c2, c1 != c2, c1 == 1, c1 != 1, c1 == c1)
print(c1 < c2)  # __lt__ gives NotImplemented: c2.__gt__(c1)


class NoOrder:
    def __lt__(self, other):
        return NotImplemented


try:
    NoOrder() < NoOrder()
except TypeError as e:
    print("TypeError:", e)
if Cmp(2) == Cmp(2):
    print("== in a condition")


class Seq:
    def __init__(self):
        self.stored = {}

    def __getitem__(self, k):
        if k == "missing":
            raise KeyError(k)
        return ("item", k)

    def __setitem__(self, k, v):
        self.stored[k] = v
        return "ignored"


s = Seq()
print(s[1], s[1:2], s["a", "b"])
s["k"] = "v"
s[0] = s[1]
print(s.stored)
try:
    s["missing"]
except KeyError as e:
    print("KeyError:", e)


class D(dict):
    def __getitem__(self, k):
        return ("D.__getitem__", k)


print(D(a=1)["a"])


class P:
    def __init__(self):
        self.n = 0

    @property
    def count(self):
        self.n += 1
        return self.n

    @property
    def broken(self):
        raise AttributeError("broken getter")

    def method(self):
        return "method"


p = P()
print(p.count, p.count, p.count)
print([p.count for _ in range(3)])
try:
    p.broken
except AttributeError as e:
    print("AttributeError:", e)


class WithGetattr:
    @property
    def x(self):
        raise AttributeError("x")

    def __getattr__(self, name):
        return "__getattr__ " + name


w = WithGetattr()
print(w.x, w.x)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw


class K(metaclass=Meta, flag=True):
    def who(self):
        return __class__.__name__


print(K.made_by, K.kw, K().who())
try:
    class Bad:
        raise ValueError("in the body")
except ValueError as e:
    print("ValueError:", e)


def deep_property(n):
    class Q:
        @property
        def depth(self):
            return 0 if n == 0 else deep_property(n - 1).depth + 1
    return Q()


print(deep_property(50).depth)


class Slotted:
    __slots__ = ("a",)

    def __getattr__(self, name):
        return "__getattr__ " + name


sl = Slotted()
print([sl.a for _ in range(2)])
sl.a = 1
print([sl.a for _ in range(2)])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), [x * 2 for x in Countdown(4)])
for x in Countdown(2):
    for y in Countdown(2):
        print("pair", x, y)
else:
    print("for-else runs after a __next__ StopIteration")


class StopsDeep:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def helper(self):
        raise StopIteration("from a helper")

    def __next__(self):
        self.i += 1
        if self.i > 2:
            self.helper()
        return self.i


print([v for v in StopsDeep()])


class Fails:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("bad next")


try:
    for v in Fails():
        pass
except ValueError as e:
    print("ValueError:", e)


def gen_next_loop():
    for v in Countdown(3):
        yield v


print(list(gen_next_loop()))


class Signs:
    def __neg__(self):
        return "neg"

    def __invert__(self):
        return "invert"

    def __pos__(self):
        return "pos"


sg = Signs()
print(-sg, ~sg, +sg)
try:
    -Countdown(1)
except TypeError as e:
    print("TypeError:", e)


class Bag:
    def __contains__(self, x):
        return x % 2  # an int: `in` makes it a bool


print(3 in Bag(), 4 in Bag(), 3 not in Bag(), 4 not in Bag())


class Callable:
    def __init__(self, tag):
        self.tag = tag

    def __call__(self, *args, **kw):
        return (self.tag, args, kw)


cl = Callable("c")
print(cl(), cl(1, 2), cl(k=3), cl(*[4], **{"j": 5}))
print(list(map(cl, [1, 2])))


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)


class Ctx:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        print("enter")
        return "as-value"

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return self.suppress


with Ctx(False) as v:
    print("body", v)
with Ctx(True):
    raise KeyError("suppressed")
try:
    with Ctx(False):
        raise KeyError("propagates")
except KeyError as e:
    print("KeyError:", e)


class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("never")


try:
    with BadEnter():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)


class Gen:
    def __iter__(self):
        yield from (1, 2)
        yield 3


class BadIter:
    def __iter__(self):
        return 5


print(list(Gen()), [x for x in Gen()], *Gen())
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)


class Deleter:
    def __init__(self):
        self.d = {"a": 1, "b": 2}

    def __delitem__(self, k):
        del self.d[k]
        return "ignored"


dl = Deleter()
del dl["a"]
print(dl.d)
try:
    del dl["zz"]
except KeyError as e:
    print("KeyError:", e)


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v

    def __repr__(self):
        return f"Truth({self.v!r})"


for t in (Truth(True), Truth(False)):
    if t:
        print("if", t)
    else:
        print("else", t)
    print("not", not t, "ternary", "yes" if t else "no", "and", t and "rhs", "or", t or "rhs")
n = 0
while Truth(n < 3):
    n += 1
print("while ran", n)
print([x for x in (Truth(True), Truth(False), Truth(True)) if x])
try:
    if Truth(1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    not Truth("yes")
except TypeError as e:
    print("TypeError:", e)


class ByLen:
    def __len__(self):
        return 0


print("len-based", bool(ByLen()), "yes" if ByLen() else "no", not ByLen())
