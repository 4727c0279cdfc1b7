# sum, any and all on many iterables, with start values and short-circuiting.
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum((1.5, 2)))
print(sum([1, 2], start=5), sum(x * x for x in range(4)), sum([True, True, False]), sum([10 ** 20, 1]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))


def noisy(v):
    print("checked", v)
    return v


print(any(noisy(x) for x in [0, 2, 3]), all(noisy(x) for x in [1, 0, 5]))
print(sum([1j, 2]), sum([0.5, 0.25], 0.25), sum(iter([4, 5])))
