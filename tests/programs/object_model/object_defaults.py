# What object gives every class: __eq__/__ne__, __hash__ rules, __format__, __dir__, __class__.
class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, a.__eq__(b) is NotImplemented, a.__ne__(a), P.__hash__ is object.__hash__)
print(object.__eq__(a, a), type(object.__eq__(a, 1)).__name__)

class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__, OnlyEq() != OnlyEq())
try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError:", e)

class EqAndHash:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 7
class Inherits(EqAndHash):
    pass
print(Inherits.__hash__ is EqAndHash.__hash__, len({EqAndHash(), EqAndHash()}))

print(format(5, ""), object.__format__(1, ""))
try:
    format(P(), "x")
except TypeError as e:
    print("TypeError:", e)
print("__init__" in dir(a), "__dict__" in dir(a), dir(P) == sorted(dir(P)))

class WithDir:
    def __dir__(self):
        return ["b", "a"]
print(dir(WithDir()))
a.__class__ = type("Q", (), {})
print(type(a).__name__)
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
print(object.__init_subclass__() is None, P.__subclasshook__() is NotImplemented)
