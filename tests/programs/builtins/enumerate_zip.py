# enumerate, zip (including strict), map and filter.
print(list(enumerate("abc")), list(enumerate("ab", start=5)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(map(str.upper, ["a", "b"])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [-1, 2])))
print(list(filter(None, [0, 1, "", "x", [], [0]])), list(filter(lambda x: x > 1, range(4))))
e = enumerate("xy")
print(next(e), next(e), next(e, "done"), type(e).__name__)
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as err:
    print("ValueError:", err)
print(next(m))
