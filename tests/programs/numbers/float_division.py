# Floor division, modulo and divmod of floats: signs of zero results, inf and nan, zero division.

pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.0, 5), (-0.0, 5), (5, -0.5),
         (1e308, 1e-308), (1, 0.1), (-1e-20, 1.0), (0.0, -1.0), (3, 1.5), (1e16, 3),
         (float('inf'), 2), (2, float('inf')), (-2, float('inf')), (2, float('-inf')),
         (float('nan'), 1), (1, float('nan')), (2**60, 0.5), (10**20, 3.0)]
for a, b in pairs:
    print(repr(a), repr(b), repr(a // b), repr(a % b), divmod(a, b), repr(a / b))

print(0.1 + 0.2, 0.1 * 3, 1e308 + 1e308, -1e308 * 10, 1e-320 / 10, 2.5 - 2.5, -0.0 + 0.0, -0.0 - 0.0)
print(7.0 // 2.0, type(7.0 // 2).__name__, 10 % 3.0, divmod(-7, 2.5), divmod(7, -2.5))

for f in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: divmod(1.0, 0.0),
          lambda: 1 / 0.0, lambda: 0.0 / 0.0, lambda: float('inf') / 0, lambda: 1.0 / False,
          lambda: 10**400 / 1.5, lambda: 1.5 // 10**400, lambda: 1e308 * 10 // 1,
          lambda: 2.5 % 'a', lambda: [] // 2.0]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

v = 10.0
v //= 3
w = -10.0
w %= 3
print(v, w)
