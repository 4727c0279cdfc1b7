"""random: errors, subclasses, SystemRandom's shape and state round trips."""
import random


def err(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


r = random.Random(7)
err(r.randrange, 5, 5)
err(r.randrange, 0)
err(r.randrange, -3)
err(r.randrange, 1, 10, 0)
err(r.randrange, 10, 1, 2)
err(r.randrange, 1.5)
err(r.randrange, 1, 2.5)
err(r.randrange, 10, step=2)
err(r.randint, 5, 1)
err(r.choice, [])
err(r.choice, "")
err(r.sample, {1, 2}, 1)
err(r.sample, [1, 2], 3)
err(r.sample, [1, 2], -1)
err(r.sample, [1, 2], 1, counts=[1])
err(r.sample, [1, 2], 1, counts=[0, 0])
err(r.sample, [1, 2], 1, counts=[1.5, 1])
err(r.choices, [1, 2], [1, 1], cum_weights=[1, 2])
err(r.choices, [1, 2], [1])
err(r.choices, [1, 2], [0, 0])
err(r.choices, [1, 2], [1, float("inf")])
err(r.choices, [1, 2], 3)
err(r.choices, [], k=1)
err(r.gammavariate, 0, 1)
err(r.gammavariate, 1, -1)
err(r.binomialvariate, -1)
err(r.binomialvariate, 5, 1.5)
err(r.getrandbits, -1)
err(r.getrandbits, 2.0)
err(r.seed, [1, 2])
err(r.seed, {})
err(r.setstate, (2, tuple(range(625)), None))
err(r.setstate, (4, (), None))
err(r.setstate, (3, (1, 2), None))
err(r.setstate, (3, [0] * 625, None))
err(r.setstate, (3, (0,) * 624 + (700,), None))
err(r.setstate, (3, ("a",) * 625, None))
err(r.triangular, 1, 1)
print(r.triangular(5, 5, 5), r.uniform(3, 3), r.expovariate(10))
err(r.randbytes, -1)

class MyRandom(random.Random):
    def random(self):
        self.calls = getattr(self, "calls", 0) + 1
        return 0.375

m = MyRandom(1)
print(m._randbelow.__name__, m.randrange(10), m.choice("abcdefgh"), m.calls)
print(m.randint(1, 100), m.sample(range(8), 3), m.calls)

class Bits(random.Random):
    def getrandbits(self, k):
        return 0

print(Bits(1)._randbelow.__name__, Bits(1).randrange(5))

s = random.SystemRandom()
x = s.random()
print(0.0 <= x < 1.0, 0 <= s.getrandbits(10) < 1024, len(s.randbytes(5)), s.seed(3))
print(0 <= s.randrange(10) < 10, sorted(s.sample(range(5), 5)))
err(s.getstate)
err(s.setstate, None)

state = random.getstate()
first = random.random()
random.setstate(state)
print(first == random.random())
r2 = random.Random()
r2.setstate(random.Random(5).getstate())
print(r2.random() == random.Random(5).random())
print(random.Random(5.5).random() == random.Random(5.5).random(), random.Random(True).random() == random.Random(1).random())
print(random.Random(-5).random() == random.Random(5).random(), vars(random.Random(1)))
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
print(sorted(random.__all__))
print(isinstance(random.Random(), random.Random), issubclass(random.SystemRandom, random.Random))
print(random.Random.VERSION, type(random.Random(3).getstate()[1][0]))

import _random
for a, k in [((1, 2), {}), ((), {'x': 1})]:
    err(_random.Random, *a, **k)
core = _random.Random(3)
print(core.random(), core.getrandbits(70), len(core.getstate()))
err(core.seed, 1, 2)
err(core.seed, a=1)
err(core.getrandbits)
err(core.random, 1)
err(core.setstate)
err(core.getstate, 1)
core.seed(None)
core.seed("abc")
print(core.random() == _random.Random(hash("abc") % 2**64).random(), _random.Random(2.5).random() == _random.Random(hash(2.5)).random())
