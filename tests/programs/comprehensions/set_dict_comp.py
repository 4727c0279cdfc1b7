# Set and dict comprehensions, including key collisions and evaluation order.
print(sorted({x % 4 for x in range(20)}), {c for c in "aaa"}, {n * 0 for n in range(3)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({x: x ** 2 for x in range(5) if x != 2})
print({(i, j): i * j for i in range(2) for j in range(2)})
log = []


def k(v):
    log.append(f"k{v}")
    return v


def v(x):
    log.append(f"v{x}")
    return x


print({k(i): v(i) for i in range(2)}, log)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print(len({i: None for i in range(1000)}), sum({i % 7 for i in range(100)}))
