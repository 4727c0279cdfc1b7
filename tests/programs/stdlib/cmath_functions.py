"""cmath: every function over ordinary, large, tiny and special complex values."""
import cmath
import math

inf, nan = math.inf, math.nan
parts = [0.0, -0.0, 0.5, -2.0, 1.0, 3.0, 1e-310, 1e300, -1e308, inf, -inf, nan]
values = [complex(a, b) for a in parts for b in parts]
values += [1, -1, 2.5, True, 1 + 1j, -3 - 4j, 0.5j, complex(1, 1e-320), complex(0.9, 0.3)]

for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
             "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isinf",
             "isnan"]:
    f = getattr(cmath, name)
    out = []
    for z in values:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name)
    for i in range(0, len(out), 6):
        print("  " + " | ".join(out[i:i + 6]))

for r, phi in [(1, 0), (2, math.pi / 3), (-1, 0.5), (0, 1), (inf, 1), (-inf, -2), (inf, 0), (inf, -0.0),
               (nan, 1), (1, inf), (0, inf), (1, nan), (-0.0, -0.0), (3, -0.0), (inf, nan), (1e308, 1e-3)]:
    try:
        print("rect", r, phi, repr(cmath.rect(r, phi)))
    except Exception as e:
        print("rect", r, phi, type(e).__name__, e)

for x, b in [(8, 2), (1j, 2), (100, 10j), (0, 2), (2, 0), (2, 1), (-1, -1), (1 + 1j, 1 - 1j), (inf, 2)]:
    try:
        print("log", x, b, repr(cmath.log(x, b)))
    except Exception as e:
        print("log", x, b, type(e).__name__, e)

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(1j, 1.1j, rel_tol=0.2))
print(cmath.isclose(0, 1e-12j, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(nan, nan))

class C:
    def __complex__(self):
        return 2 + 3j

class Fl:
    def __float__(self):
        return 0.25

print(cmath.sqrt(C()), cmath.exp(Fl()), cmath.phase(-1), cmath.polar(3 + 4j))
for f, a in [(cmath.sqrt, ("a",)), (cmath.sqrt, ()), (cmath.sqrt, (1, 2)), (cmath.rect, (1,)),
             (cmath.log, ()), (cmath.log, (1, 2, 3)), (cmath.isclose, (1, 2, 3)),
             (cmath.isclose, (1, 2)), (cmath.exp, (1000,)), (cmath.cosh, (complex(1000, 1),)),
             (cmath.polar, (complex(1e308, 1e308),)), (cmath.sqrt, (2 ** 2000,))]:
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    cmath.isclose(1, 2, rel_tol=-1)
except Exception as e:
    print(type(e).__name__, e)
