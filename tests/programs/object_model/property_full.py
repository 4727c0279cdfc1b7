# property: getter/setter/deleter copies, __doc__, errors on missing accessors.
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    ro = property(lambda self: 42)
    documented = property(lambda self: 1, doc="explicit doc")

t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__, Temp.documented.__doc__, Temp.ro.__doc__)
del t.celsius
print(t.celsius)
p = Temp.__dict__["celsius"]
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
p2 = p.getter(lambda self: "new")
print(p2 is p, p2.fset is p.fset, p2.fget(None))
try:
    t.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.ro
except AttributeError as e:
    print("AttributeError:", e)
bare = property()
class H:
    b = bare
try:
    H().b
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(p, property), type(p).__name__)

class Sub(property):
    pass
class U:
    @Sub
    def v(self):
        "sub doc"
        return 7
print(U().v, type(U.__dict__["v"]).__name__, U.v.__doc__)
