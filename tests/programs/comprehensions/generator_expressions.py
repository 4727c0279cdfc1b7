# Generator expressions: laziness, single use, as arguments, first iterable evaluated early.
g = (x * 2 for x in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(s) for s in ["a", "bbb", "cc"]))
print(list(x for x in "abc" if x != "b"), tuple(i for i in range(3)), set(c for c in "aab") == {"a", "b"})


def source():
    print("source called")
    return [1, 2]


gen = (x for x in source())
print("generator created")
print(list(gen))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second item:", e)
nested = ((i, j) for i in range(2) for j in range(2))
print(list(nested))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, -1]), "".join(c.upper() for c in "hi"))
gen2 = (y for y in range(3))
print(gen2.__name__, gen2.__qualname__)
