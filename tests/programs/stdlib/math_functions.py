"""math: the float functions over ordinary and special values."""
import math

inf, nan = math.inf, math.nan
values = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.5, -7.25, 10.0, 100.0, 1e-300, 1e300,
          5e-324, 0.1, 0.7, 1.5, 1e10, -1e10, 709.0, 710.0, inf, -inf, nan, 3, -4, True]

def show(name, *args):
    f = getattr(math, name)
    try:
        r = f(*args)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(name, args, "->", repr(r))

for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf",
             "erfc", "exp", "exp2", "expm1", "fabs", "log1p", "sin", "sinh", "sqrt", "tan", "tanh",
             "gamma", "lgamma", "log", "log2", "log10", "degrees", "radians", "isfinite", "isinf",
             "isnan", "frexp", "modf", "ulp", "floor", "ceil", "trunc"]:
    for v in values:
        show(name, v)

pairs = [(1.0, 2.0), (-1.0, 2.0), (2.0, -3.0), (0.0, 0.0), (-0.0, 1.0), (5.5, 2.0), (-5.5, 2.0),
         (3.0, 0.0), (inf, 2.0), (2.0, inf), (-inf, -inf), (nan, 1.0), (1.0, nan), (7, 3),
         (1e308, 1e-308), (-2.0, 0.5), (0.0, -1.0), (10.0, 400.0), (6.0, 4.0), (5.0, 2.0),
         (-6.0, 4.0), (1.0, -inf)]
for name in ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "log"]:
    for a, b in pairs:
        show(name, a, b)

for x, i in [(1.0, 10), (0.75, -1080), (1.0, 1024), (0.5, 1025), (1.5, -1074), (1.5, -1075),
             (3.0, -1076), (1.0, 10**30), (1.0, -10**30), (inf, 3), (0.0, 5), (-2.5, 3)]:
    show("ldexp", x, i)

for x in [5e-324, 1e-310, 2.2250738585072014e-308, 123.456, -0.1]:
    m, e = math.frexp(x)
    print("frexp", x, m, e, math.ldexp(m, e) == x)

for g in [0.5, 1.5, 2.5, 5.5, 10.1, 30.5, 100.3, 170.5, 171.7, -0.5, -1.5, -2.5, -10.3,
          -170.5, -200.5, 1e-25, -1e-25, 150.2, -150.7, 24.0, 23.0, 0.001]:
    show("gamma", g)
    show("lgamma", g)

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(repr(math.nextafter(1.0, 2.0, steps=5)), repr(math.nextafter(-5e-324, 1.0, steps=3)))
print(repr(math.nextafter(0.0, -1.0)), repr(math.nextafter(1.0, 1.0, steps=0)))
print(repr(math.nextafter(1.0, 2.0, steps=10**30)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf))
print(math.isclose(nan, nan), math.isclose(inf, -inf))
