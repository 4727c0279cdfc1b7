# round(): ties to even, ndigits on ints and floats, huge ndigits, special values and errors.

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e16 + 0.5, 4.5e15 + 0.5]:
    print(repr(v), round(v), type(round(v)).__name__, round(v, 0), round(v, 1), round(v, 2))

for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (12345.6789, -2), (12345.6789, -5),
             (15.0, -1), (25.0, -1), (1e300, -299), (1e-300, 300), (5e-324, 323), (5e-324, 400),
             (1.5, 10**20), (1.5, -10**20), (123.456, 308), (123.456, -308), (-0.0, 1), (-1e-9, 2)]:
    print(repr(v), n, repr(round(v, n)))

for v, n in [(15, -1), (25, -1), (35, -1), (-25, -1), (5, -1), (-5, -1), (12345, -2), (12350, -2),
             (12450, -2), (7, 2), (7, 0), (2**100 + 5, -1), (10**30 + 5 * 10**9, -10), (99, -3),
             (True, -1), (True, 2)]:
    r = round(v, n)
    print(v, n, r, type(r).__name__)

print(round(float('inf'), 2), round(float('-inf'), -2), round(float('nan'), 3))
for f in [lambda: round(float('inf')), lambda: round(float('nan')), lambda: round(1.5, 1.0),
          lambda: round('1.5'), lambda: round(1.5, '1'), lambda: round(), lambda: round(1, 2, 3),
          lambda: round(1e308 * 10)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class R:
    def __round__(self, n=None):
        return ('rounded', n)


print(round(R()), round(R(), 3), round(2.5, None), round(7, None), round(number=2.5, ndigits=1))
