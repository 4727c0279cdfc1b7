# range objects with bounds that fit a machine word and bounds that do not, and the edges
# between the two: construction, iteration, len, indexing, slicing, equality, hash, repr.
import sys

M = sys.maxsize
cases = [
    range(5), range(2, 9), range(9, 2, -3), range(-5, 5, 4), range(0), range(3, 3),
    range(M - 3, M), range(-M - 1, -M + 2), range(M - 1, M + 2), range(-M - 3, -M),
    range(2**70, 2**70 + 4), range(0, 2**64, 2**62), range(10, -10, -7), range(True, 4, True),
]
for r in cases:
    print(repr(r), r.start, r.stop, r.step, list(r)[:5], r == range(r.start, r.stop, r.step))
    print(" ", hash(r) == hash(range(r.start, r.stop, r.step)), bool(r), r[:2], r[::-1][:2])
    try:
        print(" ", len(r), r[0], r[-1], r.index(r[-1]), r.count(r[0]), r[-1] in r, (r[-1] + 1) in r)
    except (IndexError, OverflowError) as exc:
        print(" ", type(exc).__name__, exc)
    print(" ", list(reversed(r))[:3])

# Iteration at the very top of the machine-word range, and a length past it.
print(list(range(M - 2, M)), list(range(-M - 1, -M + 1)))
it = iter(range(-M - 1, M, M))
print(next(it), next(it), next(it), next(it, "done"))
try:
    len(range(-M - 1, M))
except OverflowError as exc:
    print("OverflowError:", exc)
print(range(-M - 1, M)[M], range(0, 2**65)[-1] == 2**65 - 1)


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(list(range(I(2), I(7), I(2))), range(I(3)) == range(3))
for args in [(1, 2, 0), (1.5,), ("a",), (), (1, 2, 3, 4)]:
    try:
        range(*args)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
try:
    range(1, stop=3)
except TypeError as exc:
    print("TypeError:", exc)
print(range(0, 10, 3) == range(0, 11, 3), range(0) == range(5, 2), range(2**64) == range(0, 2**64, 1))
print(5 in range(0, 10, 5), 5.0 in range(0, 10, 5), 2**64 in range(2**65), -1 in range(M))
print(range(10)[2:2**70], range(2**70)[2**69:][:3])
