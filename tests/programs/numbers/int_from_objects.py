# int() of numbers and of objects with __int__ / __index__, and its errors.


class WithIndex:
    def __index__(self):
        return 7


class WithInt:
    def __int__(self):
        return 8


class Both:
    def __int__(self):
        return 1

    def __index__(self):
        return 2


class IntSub(int):
    pass


class BadInt:
    def __int__(self):
        return 'nope'


class BadIndex:
    def __index__(self):
        return 2.5


def conv(v):
    try:
        r = int(v)
        print(type(r).__name__, r)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [3.99, -3.99, 0.5, -0.0, 1e20, 1.5e300, True, False, WithIndex(), WithInt(), Both(),
          IntSub(12), BadInt(), BadIndex(), None, [1], 1j,
          float('inf'), float('-inf'), float('nan')]:
    conv(v)

print(int(2**100 + 0.0) == 2**100, int(-2.0**70))
print(type(int(IntSub(5))).__name__, IntSub(5) + 0, type(IntSub(5) + 0).__name__)
print(IntSub('ff', 16), type(IntSub('ff', 16)).__name__, IntSub(), IntSub(2.9))
