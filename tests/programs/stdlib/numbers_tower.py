"""numbers: the abstract numeric tower, the builtin and library types registered in it, user
registration and subclassing, and the abstract methods a concrete subclass must provide."""
import numbers
from decimal import Decimal
from fractions import Fraction

values = [True, 3, 2**100, 1.5, 2j, Fraction(1, 3), Decimal("1.1"), "7", None]
for v in values:
    print(type(v).__name__, [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real,
                                                  numbers.Rational, numbers.Integral)
                             if isinstance(v, c)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(complex, numbers.Real))
print(issubclass(numbers.Integral, numbers.Number), issubclass(numbers.Number, numbers.Complex))
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__)[:6])
print(numbers.__all__)
print(numbers.Number.__hash__)


class Meters:
    def __init__(self, v):
        self.v = v


numbers.Real.register(Meters)
print(isinstance(Meters(2), numbers.Complex), isinstance(Meters(2), numbers.Rational))
try:
    numbers.Integral()
except TypeError as e:
    print("TypeError", e)


class Half(numbers.Integral):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError", str(e)[:60])


class Small(numbers.Integral):
    def __init__(self, n):
        self.n = n

    def __int__(self):
        return self.n

    __index__ = __int__

    def __repr__(self):
        return f"Small({self.n})"


for name in sorted(numbers.Integral.__abstractmethods__):
    if name not in Small.__dict__:
        setattr(Small, name, lambda self, *a, _n=name: f"{_n}{a}")
Small.__abstractmethods__ = frozenset()
s = Small(5)
print(s, isinstance(s, numbers.Integral), float(s), s.numerator, s.denominator)
print(s.real, s.imag, s.conjugate(), complex(s), s.__index__())
print(Fraction(3, 4).numerator, (2.5).real, (3).denominator, (1 + 2j).conjugate())
