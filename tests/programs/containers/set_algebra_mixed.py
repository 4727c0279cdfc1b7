# Set algebra over tables that mix natively comparable keys with keys whose equality is
# Python code: results and their iteration order, dummies left by deletions, mutation from
# __eq__, frozensets and subclasses.

class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Key.calls += 1
        if isinstance(other, Key):
            return self.v == other.v
        return self.v == other

    def __repr__(self):
        return f"K{self.v}"


a = set(range(0, 40, 2)) | {Key(3), Key(5), 7.5, "s"}
b = set(range(0, 40, 3)) | {Key(3), 5, "s", (1, 2)}
print(sorted(map(repr, a | b)))
print(sorted(map(repr, a & b)))
print(sorted(map(repr, a - b)))
print(sorted(map(repr, a ^ b)))
print(sorted(map(repr, b - a)))
print(Key.calls > 0)

# Iteration order of int results equals CPython's (collisions in small tables).
x = {1, 9, 17, 25, 33, 2, 10}
y = {9, 25, 41, 57, 2, 3}
print(list(x | y), list(x & y), list(x - y), list(x ^ y))
print(list(y | x), list(y & x), list(y - x), list(y ^ x))

# Tables with dummies.
d = set(range(100))
for i in range(0, 100, 3):
    d.discard(i)
e = set(range(50, 150))
print(len(d | e), len(d & e), len(d - e), len(d ^ e))
print(list(d & {1, 2, 4, 200})[:5])
d -= set(range(0, 1000, 5))
print(len(d), sorted(d)[:8])
d ^= set(range(90, 110))
print(len(d), sorted(d)[-8:])
d |= d
print(len(d))
d &= d
print(len(d))
d ^= d
print(d)

# The other set is more than 8 times larger: difference_update goes through an intersection.
small = {1, 2, 3, Key(4)}
small -= set(range(100))
print(small)


# __eq__ that changes the set being walked.
class Grow:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.target.add(1000)
        return False


s = {1}
t = {Grow(s)}
u = s | t
print(len(u), 1000 in s)

# Frozensets and subclasses keep their types.
fa = frozenset(range(10))
fb = frozenset(range(5, 15))
for r in (fa | fb, fa & fb, fa - fb, fa ^ fb, fa | {1}, {1} | fa):
    print(type(r).__name__, sorted(r))


class S(set):
    pass


sa = S([1, 2, 3])
for r in (sa | {4}, sa & {1}, sa - {1}, sa ^ {1, 9}):
    print(type(r).__name__, sorted(r))

# An unhashable item in the other iterable.
try:
    {1, 2}.symmetric_difference([[1]])
except TypeError as exc:
    print("TypeError:", exc)
try:
    {1, 2}.intersection([3, {4}])
except TypeError as exc:
    print("TypeError:", exc)
print({1, 2}.symmetric_difference({2: "a", 3: "b"}), {1, 2}.difference({2: 0}))

# Constant set displays iterate in CPython's order (the folded frozenset is rebuilt from the
# order of a first one, and the set merges its table). Some orders differ in CPython itself
# between a run from source and one from a .pyc; these do not.
print(list({9, 25, 41, 57, 2, 3}), list(frozenset({9, 25, 41, 57, 2, 3})))
print(list({*(), 1, 17, 33, 49, 65, 81, 97, 113, 2, 18}), 3 in {1, 2, 3, 4, 5, 6})
print({1, 2, 3}.__sizeof__(), frozenset({1, 2, 3, 4, 5, 6}).__sizeof__(), frozenset([9, 25, 41, 57, 2, 3]).__sizeof__())
