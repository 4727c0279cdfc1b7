"""random: more seed kinds (huge, negative, long str and bytes, float, word boundaries) through many functions, and state round trips."""
import random
for seed in [10**50, -3, "x" * 100, b"\xff" * 33, 0.1, 2**32 - 1, 2**32, 2**64]:
    r = random.Random(seed)
    out = [r.randrange(10**40), r.randrange(-10**20, 10**20, 3), r.getrandbits(129), r.sample(range(10**6), 7),
           r.choices(range(100), cum_weights=[i * 0.5 for i in range(1, 101)], k=5), r.binomialvariate(500, 0.45),
           r.sample(["a", "b", "c"], 10, counts=[5, 3, 4]), r.vonmisesvariate(0, 1e-7), r.gammavariate(0.9, 3),
           r.randbytes(7), r.triangular(), r.triangular(1, 3), r.betavariate(0.5, 0.5)]
    print(out)
    st = r.getstate(); r2 = random.Random(); r2.setstate(st); print(r2.random() == r.random())
