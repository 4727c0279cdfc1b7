# ** and pow(): int, float and complex results, negative exponents, three-argument pow.

for a, b in [(2, 10), (2, 0), (0, 0), (-2, 3), (-2, -3), (2, -1), (10, -2), (3, 40), (-1, 10**20),
             (1, 10**20), (0, 10**20), (2.0, 0.5), (-8.0, 1 / 3), (4, 0.5), (0.0, 0), (1, float('nan')),
             (float('nan'), 0), (float('inf'), -1), (-1, float('inf')), (2, -1074), (10, -400),
             (-1.5, 3), (-0.0, 3), (-0.0, -0.0), (0.5, float('inf')), (2, float('-inf'))]:
    r = a ** b
    print(repr(a), repr(b), repr(r), type(r).__name__)

for a, b, m in [(3, 4, 5), (2, 100, 10**9 + 7), (-3, 3, 7), (3, 4, -5), (0, 0, 7), (5, 0, 1),
                (3, -1, 7), (2, -3, 11), (-2, -1, 5), (7, 3, -1), (2**100, 2**50, 2**61 - 1),
                (True, True, 2)]:
    print(a, b, m, pow(a, b, m))

print(pow(2, 3), pow(2.0, 3), pow(base=2, exp=5), pow(2, exp=-1), pow(3, 4, mod=5), pow(2, 3, None))
for f in [lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 0 ** -1.5, lambda: (-8) ** 0.5 == 0,
          lambda: 10.0 ** 400, lambda: 2 ** 10000.0, lambda: (-2.0) ** 10001.0, lambda: pow(2, -1, 4),
          lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, 3.0, 5), lambda: pow(2, 3, 5.0),
          lambda: pow(1j, 2, 3), lambda: pow('a', 2), lambda: pow(2, 'a'), lambda: pow(2, 3, 'a'),
          lambda: pow(), lambda: pow(1), lambda: 2 ** None]:
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)

    def __rpow__(self, other, mod=None):
        return ('rpow', other, mod)


print(P() ** 2, 2 ** P(), pow(P(), 3, 4), pow(P(), 3))
x = 3
x **= 3
print(x)
