# Floor division, modulo and divmod of ints: signs, big values, true division, zero division.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (-6, 3), (1, 10**30),
         (-1, 10**30), (10**30, 7), (-10**30, 7), (10**30, -10**15), (2**64, 2**32 + 1),
         (-2**63, -1), (2**63 - 1, -1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)

print(1 / 3, 2 / 3, 10 / 4, -10 / 4, 2**53 / 1, (2**53 + 1) / 1, 10**30 / 10**29, 1 / 2**1074)
print(2**1100 / 2**1099, (10**400 + 1) / 10**399, -(10**50) / 3, 10**20 / -7)
print(True // 2, True % 2, divmod(True, True), 7 // True, False / True)

for f in [lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1 / 0, lambda: 0 / 0,
          lambda: 10**30 // 0, lambda: 10**30 % 0, lambda: 10**30 / 0, lambda: True / False,
          lambda: 10**400 / 1, lambda: 1 / 10**400, lambda: 10**400 / 10**399 * 0,
          lambda: 10**400 // 1.0, lambda: 5 // 'a', lambda: divmod(5, None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

x = 17
x //= 5
y = -17
y %= 5
z = 9
z /= 4
print(x, y, z)
