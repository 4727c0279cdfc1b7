# Attribute stores on instances through the loop's cache: dicts in different orders, a dict
# replaced or cleared, a property or __setattr__ added to the class later, and the order in
# which a replaced value and a temporary owner are finalized.

class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def bump(objs):
    for o in objs:
        o.a = o.a + 1
        o.b = o.b * 2


x = P(1, 2)
y = P(3, 4)
z = P(5, 6)
z.__dict__ = {"b": 60, "a": 50}   # same keys, other order
w = P(7, 8)
del w.a                            # a removed: the store adds it again
for _ in range(3):
    try:
        bump([x, y, z, w])
    except AttributeError as exc:
        print("AttributeError:", exc)
        w.a = 0
print(vars(x), vars(y), vars(z), vars(w))

y.__dict__.clear()
y.a, y.b = 10, 20
bump([x, y])
print(vars(y))


def getb(self):
    return self.__dict__.get("_b", "unset")


def setb(self, v):
    print("setter", v)
    self.__dict__["_b"] = v


P.b = property(getb, setb)
bump([x])
print(x.b, vars(x))


def logging_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


P.__setattr__ = logging_setattr
x.a = 100
del P.__setattr__
x.a = 200
print(x.a)


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


class Holder:
    def __del__(self):
        print("del holder")


def make():
    h = Holder()
    h.v = Noisy("first")
    return h


make().v = Noisy("second")
print("after")
h = Holder()
h.v = Noisy("old")
h.v = Noisy("new")
print("replaced")
del h
print("end")
