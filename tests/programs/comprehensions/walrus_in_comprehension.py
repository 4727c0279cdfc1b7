# Assignment expressions inside comprehensions bind in the containing scope.
data = [1, 5, 2, 8, 3]
running = 0
sums = [running := running + d for d in data]
print(sums, running)
print([y for x in data if (y := x * 2) > 5], y)


def in_function():
    [last := v for v in "abc"]
    return last


print(in_function())


def nested_comprehensions():
    out = [[(tot := i + j) for j in range(2)] for i in range(2)]
    return out, tot


print(nested_comprehensions())
print({(key := k): key * 2 for k in "xy"}, key)
print(any((hit := n) > 4 for n in data), hit)
