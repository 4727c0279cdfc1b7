# type() with one and three arguments, and the attributes of classes.
print(type(1), type("s"), type(None), type(type), type(object))
T = type("T", (), {"x": 1, "__doc__": "a doc", "__module__": "mymod"})
print(T.__name__, T.__qualname__, T.__module__, T.__doc__, T.x, T.__bases__)
U = type("U", (T,), {"__qualname__": "Outer.U"})
print(U.__qualname__, repr(U), U.__mro__)
U.__name__ = "Renamed"
print(U.__name__, U.__qualname__)
try:
    U.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    type()
except TypeError as e:
    print("TypeError:", e)

class K:
    "K doc"
    a: int = 1
    b: str
    def m(self): pass

d = K.__dict__
print(type(d).__name__, d["a"], "m" in d, K.__annotations__, K.__doc__)
try:
    d["z"] = 1
except TypeError as e:
    print("TypeError:", e)
print(K.__subclasses__(), T.__subclasses__() == [U])
print(int.__name__, int.__qualname__, int.__module__, object.__bases__, object.__base__)
print(type.__name__, type(int.__dict__).__name__, isinstance(int.__dict__, dict))
try:
    int.x = 1
except TypeError as e:
    print("TypeError:", e)
K.c = 5
print(K.c, K().c)
del K.c
try:
    del K.c
except AttributeError as e:
    print("AttributeError:", e)
class Nested:
    class Inner:
        def meth(self): pass
print(Nested.Inner.__qualname__, Nested.Inner.meth.__qualname__)
