# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 100 // 10 // 3, 2 * 3 % 4, 2 * (3 % 4))
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 6 & 3 | 8, 6 & (3 | 8), 6 ^ 3 & 1, (6 ^ 3) & 1)
print(1 | 2 ^ 3 & 4, 5 & 6 == 4, (5 & 6) == 4, not 1 == 2, not (1 == 2), -3 % 5, -(3 % 5))
print(True or False and False, (True or False) and False, not True or True, not (True or True))
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 1 else 3, 1 or 0 if 0 else 5)
print((lambda: 1 if True else 2)(), (lambda: 1)() + 1)
print(3 > 2 == 2, 3 > (2 == 2), 1 in [1] == True, (1 in [1]) == True, -1 ** 0.5)
print(~1 + 1, ~(1 + 1), 2 * -3, 2 - -3, 2 ** -2 * 4, not -1, --1 - -1)
x = [3]
print(x[0] ** 2, -x[0], x * 2 + [1], "%d" % 2 * 3, "%d" % (2 * 3))
print(1 + 2 == 3 and 4 < 5 or 0, 1 < x[0] is not None)
