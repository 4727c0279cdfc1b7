# Int and float operators on the interpreter's fast paths, at their edges: signs of floor
# division and modulo, shifts past the word, powers that overflow a machine int, mixed
# int/float operands, true division of large ints, and float modulo and power special cases.
inf, nan = float("inf"), float("nan")

ints = [0, 1, -1, 7, -7, 3, -3, 2**62, -2**62, 2**63 - 1, -2**63, 2**53, 2**53 + 1]
for x in ints:
    for y in (1, -1, 3, -3, 7, 2**62, -2**63):
        print(x, y, x // y, x % y, divmod(x, y) == (x // y, x % y))
for x in (1, -1, 5, -5, 2**62, -2**63, 2**63 - 1):
    print([x >> s for s in (0, 1, 62, 63, 64, 200)], [x << s for s in (0, 1, 2, 62, 63, 64)])
print([3 ** e for e in (0, 1, 39, 40, 41)], (-2) ** 63, (-2) ** 64, 2 ** 100, 0 ** 0, (-1) ** 10**9)
print(7 / 2, -7 / 2, 2**53 / 3, (2**53 + 1) / 3, (2**63 - 1) / 7, 10**20 / 3, 1 / 3)
for x in (0.5, -0.5, 7.25, -7.25, 0.0, -0.0, 1e308, 5e-324):
    for y in (2, -2, 0.75, -0.75, 3):
        print(x, y, x + y, y - x, x * y, x / y, x % y, y % x if x else "-", x // y)
print(2.0 ** 0.5, 2 ** 0.5, 10.0 ** -2, 0.5 ** 1100, 1.5 ** 2000 if False else "skip")
for base, exp in ((-8.0, 1 / 3), (0.0, -1.0), (10.0, 400.0), (-2.0, 2.0), (0.0, 0.0), (inf, 2.0), (2.0, nan)):
    try:
        print(base, exp, base ** exp)
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(base, exp, type(e).__name__, e)
for a, b in ((1, 0), (1.0, 0), (1, 0.0), (0.0, 0.0)):
    for op in ("/", "//", "%"):
        try:
            print(eval(f"a {op} b"))
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
print(inf % 2.0 if False else "", 5.0 % inf, -5.0 % inf, nan % 2.0, 2**63 * 1.0, -2**63 + 0.5, 2**53 + 1.0)
