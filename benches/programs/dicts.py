# Dictionaries: insertion, lookup with int and str keys, update, iteration and deletion.
def ints(n):
    d = {}
    for i in range(n):
        d[i * 7 % n] = i
    total = 0
    for i in range(n):
        total += d.get(i, 0)
    for k in list(d):
        if k % 3 == 0:
            del d[k]
    return total, len(d)


def strs(n):
    keys = ["key%d" % i for i in range(1000)]
    counts = {}
    for i in range(n):
        k = keys[i % 1000]
        counts[k] = counts.get(k, 0) + 1
    return sum(counts.values()), len(counts)


def items(n):
    d = {i: str(i) for i in range(2000)}
    total = 0
    for _ in range(n):
        for k, v in d.items():
            total += k + len(v)
    return total


print(ints(300_000))
print(strs(500_000))
print(items(100))
