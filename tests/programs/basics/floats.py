# float behaviour: repr, special values, rounding, conversions.
print(0.1, 1/3, 1e16, 1e-5, 1.0, -0.0, 1e22, 1e23, 123456789.123456789)
print(float("inf"), float("-inf"), float("nan"), float(" 1.5 "), float("1e3"), float("-Infinity"))
inf = float("inf")
nan = float("nan")
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan, inf == inf, inf - inf)
print((0.5).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer(), (0.1).hex())
print(float.fromhex("0x1.8p1"), round(2.5), round(3.5), round(-2.5), round(2.675, 2))
print(round(1234.5678, -2), round(0.5), round(1.5), round(7, -1), round(15, -1), round(25, -1))
print(int(1e20), int(-2.5), 7.0 // 2, 7.0 % 2.5, -7.0 % 2.5, divmod(-7.0, 2))
print(1.5e300 * 1.5e300, 5e-324, 5e-324 / 2, 2.0 ** 0.5, 4 ** 0.5, (-8) ** (1/3))
print(float(10**20), float(2**53 + 1), 2.0 ** 1000 == 2 ** 1000)
print(3.0 == 3, 0.1 + 0.2 == 0.3, abs(-2.5), -(-0.0), hash(1.0) == hash(1), hash(0.0))
print(str(1e100), repr(1e-100), str(100.0), 1e15, 1e16, 12345678901234567.0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    int(inf)
except OverflowError as e:
    print(e)
try:
    int(nan)
except ValueError as e:
    print(e)
