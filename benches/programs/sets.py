# Sets: building, membership, union, intersection, difference and frozensets as keys.
def membership(n):
    s = set(range(0, n, 3))
    hits = 0
    for i in range(n):
        if i in s:
            hits += 1
    return hits


def algebra(rounds):
    a = set(range(0, 5000, 2))
    b = set(range(0, 5000, 3))
    total = 0
    for _ in range(rounds):
        total += len(a | b) + len(a & b) + len(a - b) + len(a ^ b)
    return total


def strings(n):
    seen = set()
    for i in range(n):
        seen.add("w" + str(i % 5000))
    fs = {frozenset((i, i + 1)) for i in range(2000)}
    return len(seen), len(fs)


print(membership(1_000_000))
print(algebra(500))
print(strings(300_000))
