"""fractions: construction, arithmetic, comparison, hashing, rounding and formatting."""
from fractions import Fraction as F
import math


def err(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(F(), F(3), F(8, 6), F(-8, 6), F(8, -6), F(0, -5), F(F(1, 3)), F(F(1, 2), F(3, 4)))
print(F(0.25), F(-1.5), F(0.1), F(1e300).denominator, F(5e-324).numerator)
for s in ["3/4", " -1.5e3 ", "1_000", "+.5", "5.", "1e-3", "-0.0", "3 / 4", "  7  ", "1.25E+2",
          "0.1_2", "12_3/4_5", "٣/٤"]:
    print(repr(s), repr(F(s)))
for s in ["", "abc", "1/0x", "1/-2", "/3", "1.5/2", "3/", "1__0", "_1", "1_", ". 5", "1/2e3",
          "inf", "nan", "1 2", "3/4/5"]:
    err(F, s)
err(F, "1/0")
err(F, 1, 0)
err(F, 1.5, 2)
err(F, [1])
err(F, float("nan"))
err(F, float("inf"))

a, b = F(1, 3), F(-5, 7)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, b ** -3, a ** 0)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1j, 1j - a, a ** 0.5, 2 ** a, 2 ** F(3), F(4) ** F(1, 2), (-8) ** F(1, 3))
print(F(-2, 3) ** -3, F(0) ** 2, 0.5 ** F(2), F(9, 4) ** 0.5, F(2) ** -1)
err(lambda: F(0) ** -1)
err(lambda: a / 0)
err(lambda: a / F(0))
err(lambda: a // 0)
err(lambda: a % 0)
err(lambda: a + "x")
err(lambda: a < "x")
print(-a, +a, abs(b), int(b), int(F(7, 2)), math.trunc(b), math.floor(b), math.ceil(b))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), round(F(-7, 3), 0))
print(float(a), complex(b), bool(F(0)), bool(a), a.is_integer(), F(4, 2).is_integer(), a.as_integer_ratio())
print(a.numerator, a.denominator, a.real, a.imag, a.conjugate())
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1) == 1, F(1, 2) == 0.5 + 0j, a != b, F(3) == 3.0)
print(a < b, a > b, a <= F(1, 3), b >= -1, a < 0.34, a > float("-inf"), a < float("nan"), a == float("nan"))
print(sorted([F(3, 4), 0.5, 1, F(-1, 8), 0.7]), max(F(1, 3), F(2, 7)), min(1, F(9, 10)))
print(hash(F(1, 3)), hash(F(-1, 3)), hash(F(5)), hash(F(5)) == hash(5), hash(F(1, 2)) == hash(0.5))
print(hash(F(2**70, 3)), hash(F(1, 2305843009213693951)), hash(F(-1)), hash(F(-1, 2305843009213693951 * 2)))
print(repr(F(7, 3)), str(F(7, 3)), str(F(-4)), repr(F(-4)), F(10**20, 3))
print(F(3.141592653589793).limit_denominator(10), F(3.141592653589793).limit_denominator(100),
      F(3.141592653589793).limit_denominator(), F(1, 3).limit_denominator(1), F(-7, 3).limit_denominator(2))
err(F(1, 3).limit_denominator, 0)
print(F.from_float(0.1), F.from_float(3), F.from_decimal(7))
err(F.from_float, "1")
err(F.from_float, F(1, 2))
err(F.from_decimal, 1.5)
for spec in ["", ".3f", "f", ".0f", "#.0f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%",
             "10.2f", "<10.2f", "^12.3e", "*>12.4g", "+.2f", " .2f", "-.2f", "z.1f", "010.3f",
             "015,.2f", ",.3f", "_.1f", "=+12.2f", ".20g", "#g", "#.3g"]:
    for v in [F(22, 7), F(-1, 3), F(1234567, 100), F(0), F(-1, 1000), F(5, 10**12), F(10**30, 7)]:
        print(repr(spec), repr(format(v, spec)))
for spec in ["d", "x", "10", "s", ".2", "<05f", "=", "z"]:
    err(format, F(1, 3), spec)
print(f"{F(1, 3):.5f} {F(2, 3)!r} {F(2, 3)!s}")

class MyF(F):
    pass
m = MyF(3, 4)
print(repr(m), type(m + 1).__name__, type(-m).__name__, repr(MyF("2/6")), type(MyF.from_float(0.5)).__name__)
print(a.__copy__() is a, a.__deepcopy__({}) is a, a.__reduce__(), m.__copy__() is m, m.__copy__() == m)
print(sum([F(1, n) for n in range(1, 20)]), math.fsum([F(1, 3), F(2, 3)]), math.prod([F(1, 2)] * 5))
print(F(1, 3) * 3 == 1, F(2, 4) in {F(1, 2)}, {F(1, 2): "half"}[0.5])
