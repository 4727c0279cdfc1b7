# __slots__: restricted attributes, inheritance, and __dict__/__weakref__.
class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


s = Slotted(1)
print(s.x, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.y)
except AttributeError as e:
    print("AttributeError:", e)
s.y = 2
print(s.y)
del s.y
print(hasattr(s, "y"))


class WithDict(Slotted):
    pass


w = WithDict(5)
w.anything = "ok"
print(w.anything, hasattr(w, "__dict__"))


class MoreSlots(Slotted):
    __slots__ = "z"


m = MoreSlots(1)
m.z = 26
print(m.x, m.z, hasattr(m, "__dict__"))


class DictSlot:
    __slots__ = ("a", "__dict__")


d = DictSlot()
d.a = 1
d.b = 2
print(d.a, d.b, d.__dict__)
print(type(Slotted.__dict__["x"]).__name__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
