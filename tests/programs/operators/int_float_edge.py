# Division, modulo and power edge cases.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (7, 7)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(0 ** 0, 0.0 ** 0, 2 ** -2, (-8) ** 2, 10 ** 0, 1 ** 1000, (-1) ** 1001)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
for exc_expr in ["1 // 0", "1 % 0", "1.0 // 0", "1 % 0.0", "divmod(1, 0)"]:
    try:
        eval(exc_expr)
    except ZeroDivisionError as e:
        print(exc_expr, "->", e)
print(2 ** 0.5 * 2 ** 0.5, 1e308 + 1e308, -1e308 - 1e308, 3 % float("inf"), -3 % float("inf"))
print(round(-0.5), round(0.5), round(1.5), round(-1.5), round(2.5), round(1.25, 1), round(1.35, 1))
print(7 // 0.5, 7 % 0.5, -7 // 0.5, 0.3 % 0.1, 5e-324 * 0.5)
print(abs(-0), abs(-0.0), max(0.0, -0.0), min(0.0, -0.0), 10 ** 18 * 10, (10 ** 18) ** 2)
