"""fractions: big values, signs, conversions and mixed-type operations at the edges."""
from fractions import Fraction as F


def err(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


err(float, F(10**400, 3))
err(float, F(1, 10**400))
err(float, F(-10**400, 10**399))
print(F("1e-400") * 10**400, F("-1E+30"), F(numerator=3, denominator=9), F(True), F(False, True))
print(int(F(-7, 2)), int(F(7, -2)), round(F(-7, 2)), round(F(-5, 2)), round(F(25, 100), 1), round(F(35, 100), 1))
print(round(F(1250), -2), round(F(1350), -2), round(F(-1250), -2), type(round(F(7, 3), 0)).__name__)
print(F(-3, 4) ** 3, F(-3, 4) ** -3, F(-3, 4) ** -2, F(4, 9) ** F(1, 2), 2.0 ** F(1, 2), (1 + 1j) ** F(2))
print(F(1, 3) == complex(1 / 3, 0), F(1, 2) == complex(0.5, 1), F(1, 2) != 0.5j)
print(hash(F(-2**65, 7)), hash(F(10**30, 10**29 + 1)), hash(F(2305843009213693951 * 3, 4)))
print(F(-22, 7).limit_denominator(5), F(-1, 3).limit_denominator(2), F(10**20 + 1, 10**20).limit_denominator(1000))
print(F(7, 3) % F(-2, 5), F(-7, 3) // F(2, 5), divmod(F(-7, 3), 2), 5 % F(3, 2), -5 // F(3, 2), 7.5 % F(2), 7.5 // F(2))
print(F(3, 4) < 1, 1 < F(3, 4), F(3, 4) >= 0.75, 0.75 <= F(3, 4), F(3, 4) > F(2, 3), F(0) == -0.0)
print(max([F(1, 3), 0.3, 1 / 3]), F(1, 3) < 1 / 3, F(1, 3) > 1 / 3, F(1, 3) == 1 / 3)
print(sum([F(1, 2), 0.25]), sum([0.25, F(1, 2)]), F(1, 2) + True, True + F(1, 2), F(1, 2) * 1j)
print(F(1, 2) - 1j, 1j / F(1, 2), F(2) ** 1j if False else None, abs(F(-3, 7)), -F(0))
print(F(" +7/3 "), F("1_2.3_4e-1_0"), F("\t-0.000e5\n"), F(".5E1"), F("00012"))
print(F(2 ** 100, 2 ** 90), F(-6, -4), F(6, -4), F(F(1, 2), 3), F(3, F(1, 2)), F(F(2, 3), F(4, 9)))
err(F, 1, F(0))
err(F, "1", 2)
err(F, 1, 2.0)
err(F, 1j)
err(F, None)
err(F, "1/2/3")
err(F, "1e")
err(F, "e5")
err(lambda: F(1, 2) ** F(1, 2) + F(1, 3))
err(lambda: divmod(F(1), 0))
err(lambda: 1 % F(0))
err(lambda: F(1, 2) < 1j)
err(lambda: 1j < F(1, 2))
err(F(1, 2).__round__, 1.5)
err(format, F(1, 2), "=010.2f")
err(format, F(1, 2), "<010.2f")
for spec in ["+e", "-E", ".0e", "#.0e", ".0%", "10%", ".3G", "g", ".1g", "08.3f", "-08.3f", "+08,.1f"]:
    print(repr(format(F(-12345678, 1000), spec)), repr(format(F(1, 7), spec)), repr(format(F(10**25), spec)))
