"""math: integer functions, products, sums and norms."""
import math

print([math.factorial(n) for n in range(25)])
print(math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(3000) % (10**40 + 7))
print([math.comb(10, k) for k in range(12)])
print(math.comb(100, 50), math.comb(10**20, 3), math.comb(5, 0), math.comb(0, 0))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(10**20, 2), math.perm(5, None))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2**100, 6**50, 10**30))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(0, 5), math.lcm(2**70, 3**40, 12))
print([math.isqrt(n) for n in range(30)])
print(math.isqrt(10**100), math.isqrt(2**200 - 1), math.isqrt(True))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([1.5, 2, 3]), math.prod([2, 3], start=0.5))
print(math.prod(range(1, 30)), math.prod([[1], 3]) if False else math.prod([3, [1]]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum([1e308, 1e308, -1e308]) if False else 0)
print(math.fsum([1e-16, 1, 1e16]), math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum(iter([0.3, 0.6])))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1.0]))

# A small linear congruential generator for reproducible data.
state = 12345
def rnd():
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state / 2**31

data = [(rnd() - 0.5) * 10 ** int(rnd() * 40 - 20) for _ in range(500)]
print(math.fsum(data), sum(data))
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1, 1, 1))
print(math.hypot(*data[:50]), math.hypot(*data[50:53]), math.hypot(1e-320, 3e-320), math.hypot(1e308, 1e308))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(0.0, -0.0))
print(math.dist((1, 2), (4, 6)), math.dist([0.5] * 7, [-1.25] * 7), math.dist(iter([1.0]), (2.0,)))
print(math.dist(data[:20], data[20:40]), math.dist((), ()))
for k in range(20):
    v = [rnd() * 100 - 50 for _ in range(2 + k % 5)]
    print(repr(math.hypot(*v)), repr(math.dist(v, v[::-1])))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([], []), math.sumprod([1.5, 2], [2, 0.25]))
print(math.sumprod([0.1] * 10, [3.0] * 10), math.sumprod(data[:100], data[100:200]))
print(math.sumprod([2**62, 2**62], [4, 4]), math.sumprod([1, 2.5, 3], [True, 2, 10**40]))
print(math.sumprod([1e308, 1e308], [10.0, -10.0]), math.sumprod([1, 2], [3.5, 4]))
print(math.sumprod([1.0, 1e100, 1.0, -1e100], [1.0, 1.0, 1.0, 1.0]))

def err(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

err(math.factorial, -1)
err(math.factorial, 1.5)
err(math.factorial, 10**20)
err(math.comb, -1, 2)
err(math.comb, 1, -2)
err(math.comb, 10**20, 10**19)
err(math.comb, 5)
err(math.comb, 5.0, 2)
err(math.perm, -1)
err(math.perm, 3, -1)
err(math.perm, 10**20, 10**19)
err(math.perm, 10**20, 10**30)
err(math.perm, 3, 10**30)
err(math.perm)
err(math.isqrt, -1)
err(math.isqrt, 1.0)
err(math.gcd, 1.5)
err(math.lcm, 2, "a")
err(math.prod, [1, 2], 3)
err(math.prod, [1, "a"])
err(math.prod, ["a", 2])
err(math.sumprod, [1], [1, 2])
err(math.sumprod, 1, 2)
err(math.fsum, [1, "a"])
err(math.fsum, [1e308, 1e308])
err(math.fsum, [math.inf, -math.inf])
err(math.hypot, "a")
err(math.hypot, 1, x=2)
err(math.dist, [1], [1, 2])
err(math.dist, 1, 2)
err(math.sin)
err(math.sin, 1, 2)
err(math.sin, "a")
err(math.sin, x=1)
err(math.atan2, 1)
err(math.log)
err(math.log, 1, 2, 3)
err(math.log, 10, 1)
err(math.log, 0)
err(math.log, -5)
err(math.log, 10**400, 0)
err(math.isclose, 1, 2, 3)
err(math.isclose, 1, 2, rel_tol=-1)
err(math.ldexp, 1.0, 1.5)
err(math.floor, "a")
err(math.trunc, "a")
err(math.nextafter, 1.0, 2.0, 3)
err(math.nextafter, 1.0, 2.0, steps=-1)
err(math.pow, 0, -1)
err(math.pow, 10, 1000)
err(math.pow, -8, 1 / 3)
err(math.exp, 1000)

print(math.log(10**400), math.log2(2**2000), math.log10(10**500), math.log(2**1100, 2))
print(math.log(7 * 10**350, 10), math.log10(123456789 ** 40), math.log(True), math.log(8, 2))
print(math.log2(3 ** 1000), math.log(10**400 + 1), math.log1p(1e-20), math.log(2.5, 1.5))

class Floor:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"
    def __float__(self):
        return 2.5

f = Floor()
print(math.floor(f), math.ceil(f), math.trunc(f), math.sqrt(f), math.floor(2.5), math.ceil(-2.5))
print(math.floor(10**30), math.ceil(True), math.trunc(-3.9), math.floor(-0.0), math.ceil(1e20))
class Idx:
    def __index__(self):
        return 7
print(math.factorial(Idx()), math.gcd(Idx(), 21), math.isqrt(Idx()), math.comb(Idx(), 2), math.sqrt(Idx()))
print(math.sqrt(10**300), math.exp(True), math.cos(2**60))
