# __slots__: member descriptors, __dict__ and __weakref__ in slots, inheritance, errors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x, type(P.__dict__["x"]).__name__, P.x.__name__, P.x.__objclass__.__name__)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), hasattr(p, "__weakref__"))
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)

class Q(P):
    pass
q = Q(5)
q.extra = 1
print(q.__dict__, q.x)

class R(P):
    __slots__ = ("__dict__",)
r = R(1)
r.anything = 2
print(r.__dict__)

class Priv:
    __slots__ = ("__secret", "plain")
print("_Priv__secret" in Priv.__dict__, "__secret" in Priv.__dict__)

class W:
    __slots__ = "single"
print("single" in W.__dict__, W.__slots__)

for bad in [("a", "a"), ("__dict__", "__dict__"), (1,), ("not valid",)]:
    try:
        type("T", (), {"__slots__": bad})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)

try:
    class IntSlots(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
