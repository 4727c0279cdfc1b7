# Sorting tuples: the first items decide when unequal; equal first items, NaNs, mixed types,
# subclasses and user comparisons fall back to the whole tuple comparison.
from collections import namedtuple

nan = float("nan")
print(sorted([(3, "c"), (1, "z"), (2, "b"), (1, "a"), (3, "a")]))
print(sorted([(2.5, 1), (-1.0, 2), (2.5, 0), (0.0, 9)], reverse=True))
print(sorted([("pear", 2), ("apple", 3), ("pear", 1), ("fig", 0)]))
print(sorted([(1, nan), (1, 2.0), (0, nan)], key=lambda t: t[0]))
print(sorted([(nan, 1), (1.0, 2), (0.5, 3)]) [1:])
print(sorted([(1, 2), (1,), (), (0, 5, 6)]))
print(sorted([(10**30, "big"), (5, "small"), (-(10**30), "neg")]))
try:
    sorted([(1, "a"), ("x", 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)

P = namedtuple("P", "x y")
print(sorted([P(2, 1), P(1, 5), P(1, 2)]))


class Rev(tuple):
    def __lt__(self, other):
        return tuple(other) < tuple(self)


print(sorted([Rev((1, 2)), Rev((3, 4)), Rev((2, 0))]))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return f"Loud({self.v})"


print(sorted([(1, Loud("b")), (0, Loud("z")), (1, Loud("a"))]))
print(sorted([(Loud(2),), (Loud(1),)]))
words = ["b", "a", "c", "a"]
print(sorted(zip(words, range(4)), key=lambda t: (t[0], -t[1])))
