# bool as an int subclass: arithmetic gives ints, bitwise operators on two bools give bools.

print(True + True, True - False, True * 3, True / 2, True // 2, True % 2, True ** 10, -True, +False, abs(True))
print(type(True + True).__name__, type(True & False).__name__, type(True & 1).__name__,
      type(1 | False).__name__, type(True ^ True).__name__, type(-True).__name__, type(+True).__name__)
print(True & False, True | False, True ^ True, False ^ True, True & 3, 2 | True, True << 2, True >> 1)
print(repr(True), repr(False), True.__repr__(), bool.__repr__(False), int.__repr__(True), True.real, True.imag)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(1e-300), bool(float('nan')),
      bool(0j), bool(1j), bool(10**100), bool(''), bool('0'), bool([]), bool([0]), bool(None))
print(True == 1, False == 0, True == 1.0, True > False)
print(bool(True), bool(0), int(True), float(False), complex(True))
print(True.bit_length(), True.as_integer_ratio(), True.numerator, True.conjugate())
print(divmod(True, True), pow(True, 5), round(True), round(True, -1), True.__round__())
print({True: 'a', 1: 'b', 1.0: 'c'}, [True, 2, 3][True])


class Truthy:
    def __bool__(self):
        return False


class Sized:
    def __len__(self):
        return 0


class BadBool:
    def __bool__(self):
        return 1


print(bool(Truthy()), bool(Sized()), not Truthy(), Truthy() or 'other')
for f in [lambda: bool(BadBool()), lambda: bool(1, 2), lambda: bool(x=1)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
try:
    class B(bool):
        pass
except TypeError as e:
    print('TypeError:', e)
