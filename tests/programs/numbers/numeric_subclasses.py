# Subclasses of int, float and complex: construction, result types, overridden operators,
# and the reflected operator of a subclass going first.


class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__

    def __repr__(self):
        return 'Money'


class Meters(float):
    def __rsub__(self, other):
        return ('rsub', other)


class Z(complex):
    pass


m = Money(5)
print(type(m + 1).__name__, type(1 + m).__name__, int(m + 1), type(m * 2).__name__, m * 2)
print(type(-m).__name__, type(abs(m)).__name__, type(m // 2).__name__, m == 5, m.__hash__() == (5).__hash__())
print(Money('12'), Money('ff', 16), Money(3.9), isinstance(m, int), type(m).__mro__[1].__name__)
d = Meters(2.5)
print(2.5 - d, 1 - d, d - 1, type(d - 1).__name__, type(d * 2).__name__, d == 2.5, d.hex())
print(Meters('1e3'), Meters(), type(Meters(7)).__name__, Meters.fromhex('0x1p3'), type(Meters.fromhex('0x1p3')).__name__)
z = Z(1, 2)
print(z, type(z).__name__, z + 1, type(z + 1).__name__, z.real, z.conjugate(), type(z.conjugate()).__name__)


class Quiet(int):
    def __bool__(self):
        return False

    def __index__(self):
        return 99


q = Quiet(3)
print(bool(q), not q, q + 0, int(q), [10, 20, 30, 40][q] if q < 4 else None, 'yes' if q else 'no')


class Shifty(int):
    def __lshift__(self, other):
        return 'custom shift'

    def __rlshift__(self, other):
        return 'custom rshift'


print(Shifty(1) << 2, 1 << Shifty(2), int.__lshift__(Shifty(1), 2))


class Cmp(float):
    def __lt__(self, other):
        return 'lt called'

    def __gt__(self, other):
        return 'gt called'


print(Cmp(1.0) < 2, 2 < Cmp(1.0), 2.0 > Cmp(5.0), Cmp(1.0) == 1.0)
