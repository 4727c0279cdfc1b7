# Reflected operators, NotImplemented and subclass priority.
class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented

    def __radd__(self, other):
        print("A.__radd__")
        return "A.radd"

    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented

    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented


class B:
    def __radd__(self, other):
        print("B.__radd__")
        return "B.radd"

    def __gt__(self, other):
        print("B.__gt__")
        return "B.gt"


class Sub(A):
    def __radd__(self, other):
        print("Sub.__radd__")
        return "Sub.radd"


print(A() + B())
print(1 + A())
print(A() + Sub())
print(A() < B())
print(A() == A())
print(A() != 3)
try:
    A() + A()
except TypeError as e:
    print("TypeError:", e)
try:
    A() < A()
except TypeError as e:
    print("TypeError:", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))

    def __rsub__(self, o):
        return Num(o - self.v)

    def __pow__(self, o, mod=None):
        return Num(pow(self.v, o, mod))

    def __rpow__(self, o):
        return Num(o ** self.v)

    def __repr__(self):
        return f"Num({self.v})"


print(Num(10) - 3, 10 - Num(3), Num(10) - Num(4), Num(2) ** 10, 2 ** Num(5), pow(Num(3), 4, 5))
