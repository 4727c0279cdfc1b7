"""random: seeded sequences of every drawing function, several kinds of seed, as digests."""
import random

SEEDS = [0, 1, 42, -7, 2**100 + 3, -(2**70), "hello", "", "ünïcode ✓", b"bytes seed",
         bytearray(b"\x00\xff"), 3.25]


def digest(name, values):
    values = list(values)
    total = sum(values)
    picks = values[::100]
    print(name, len(values), repr(total), repr(picks[:6]), repr(values[-1]))


for s in SEEDS:
    r = random.Random(s)
    print("seed", repr(s))
    digest("random", (r.random() for _ in range(1000)))
    digest("getrandbits7", (r.getrandbits(7) for _ in range(500)))
    digest("getrandbits95", (r.getrandbits(95) for _ in range(200)))
    digest("randrange", (r.randrange(1000) for _ in range(1000)))
    digest("randrange3", (r.randrange(-50, 10**30, 7) for _ in range(300)))
    digest("randint", (r.randint(-3, 3) for _ in range(1000)))
    digest("uniform", (r.uniform(-2.5, 10) for _ in range(500)))
    digest("gauss", (r.gauss(1.0, 2.0) for _ in range(501)))
    digest("normalvariate", (r.normalvariate(0, 3) for _ in range(300)))
    digest("triangular", (r.triangular(0, 10, 2) for _ in range(300)))
    digest("expovariate", (r.expovariate(1.5) for _ in range(300)))
    print(r.getstate()[1][-1], r.getstate()[2])

r = random.Random(12345)
digest("lognormvariate", (r.lognormvariate(0.5, 0.25) for _ in range(300)))
digest("vonmises", (r.vonmisesvariate(1.0, 4.0) for _ in range(300)))
digest("vonmises0", (r.vonmisesvariate(1.0, 0.0) for _ in range(10)))
digest("gamma_big", (r.gammavariate(3.5, 2.0) for _ in range(300)))
digest("gamma_one", (r.gammavariate(1.0, 2.0) for _ in range(100)))
digest("gamma_small", (r.gammavariate(0.4, 1.0) for _ in range(300)))
digest("beta", (r.betavariate(2.0, 5.0) for _ in range(300)))
digest("pareto", (r.paretovariate(3.0) for _ in range(300)))
digest("weibull", (r.weibullvariate(2.0, 1.5) for _ in range(300)))
digest("binomial_small", (r.binomialvariate(20, 0.2) for _ in range(300)))
digest("binomial_big", (r.binomialvariate(1000, 0.3) for _ in range(300)))
digest("binomial_high_p", (r.binomialvariate(50, 0.9) for _ in range(300)))
digest("binomial_one", (r.binomialvariate(1, 0.5) for _ in range(100)))
print(r.binomialvariate(10, 0.0), r.binomialvariate(10, 1.0), r.binomialvariate())

r = random.Random(2024)
items = list(range(50))
for _ in range(20):
    r.shuffle(items)
print(items)
print(r.choice("abcdefg"), r.choice(range(10**15)), [r.choice([1, 2, 3]) for _ in range(20)])
print(r.choices("abc", k=10), r.choices(range(5), [1, 0, 3, 0, 1], k=12))
print(r.choices("xyz", cum_weights=[0.1, 0.5, 1.0], k=8), r.choices([1, 2], k=0))
print(r.sample(range(100), 10), r.sample(range(10**9), 5), r.sample("abcdef", 6))
print(r.sample(range(30), 25), r.sample(["red", "blue"], 5, counts=[4, 2]))
print(r.sample(range(1000), 50))
print(r.randbytes(10), r.randbytes(0), r.getrandbits(0), r.getrandbits(1000) % 10**12)

state = r.getstate()
a = [r.random() for _ in range(5)] + [r.gauss() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(5)] + [r.gauss() for _ in range(3)]
print(a == b, state[0], len(state[1]))

random.seed(99)
print(random.random(), random.randint(1, 6), random.choice("xyz"), random.getrandbits(40))
print(random.sample(range(20), 4), random.uniform(1, 2), random.gauss(), random.randrange(0, 100, 5))
random.seed(99, version=1)
print(random.random())
random.seed("text", version=1)
print(random.random())
random.seed(b"text", version=1)
print(random.random())
