# Container and numeric protocol dunders.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"

    def __str__(self):
        return "<" + ", ".join(map(str, self.xs)) + ">"

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __iter__(self):
        return iter(self.xs)

    def __reversed__(self):
        return reversed(self.xs)

    def __contains__(self, v):
        return v in self.xs

    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self, o)))

    def __mul__(self, k):
        return Vec(*(a * k for a in self))

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5

    def __bool__(self):
        return any(self.xs)

    def __eq__(self, o):
        return list(self) == list(o)

    def __hash__(self):
        return hash(tuple(self.xs))

    def __call__(self, i):
        return self.xs[i] * 100

    def __index__(self):
        return len(self.xs)

    def __format__(self, spec):
        return "Vec:" + ",".join(format(x, spec) for x in self.xs)


v = Vec(3, 4)
print(repr(v), str(v), len(v), v[0], v[-1], list(v), list(reversed(v)), 4 in v, abs(v))
print(v + Vec(1, 1), v * 2, 2 * v, -v, bool(v), bool(Vec(0, 0)), v == Vec(3, 4), v(1))
v[0] = 10
del v[1]
print(v, v[0:1], "abcdef"[Vec(1, 2)], [0, 1, 2, 3][Vec(1)], f"{Vec(1.5, 2):.2f}")
print(hash(Vec(1)) == hash((1,)), {Vec(1): "x"}[Vec(1)], bin(Vec(1, 1, 1)))
