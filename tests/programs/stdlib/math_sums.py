"""math: sumprod, fsum, hypot, dist and prod over random mixes of magnitudes, ints and floats."""
import math
state = 7
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state / 2**64
for trial in range(300):
    n = 1 + int(rnd() * 12)
    p = [(rnd() - 0.5) * 10.0 ** int(rnd() * 30 - 15) for _ in range(n)]
    q = [(rnd() - 0.5) * 10.0 ** int(rnd() * 30 - 15) if rnd() < 0.8 else int(rnd() * 1000) for _ in range(n)]
    print(repr(math.sumprod(p, q)), repr(math.fsum(p + q)), repr(math.hypot(*p)), repr(math.dist(p, q)), repr(math.prod(q)))
