# Sorting lists of one kind (ints, floats, strs) and mixed lists: same order, stability with
# equal items that differ (0.0 and -0.0, 1 and True), reverse and keys.
def lcg(n, seed=12345):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed)
    return out

ints = [x % 1000 - 500 for x in lcg(3000)]
s = sorted(ints)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
r = sorted(ints, reverse=True)
print(r[:5], r == s[::-1])
floats = [0.0, -0.0, 1.5, -0.0, 0.0, -2.25, 1.5, 1e300, -1e300]
print(sorted(floats), sorted(floats, reverse=True))
print(sorted([2, 1, True, 1.0, 0, False, -0.0, 0.0]), sorted([1, True, 1.0], reverse=True))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 2.0, 1.0]))
words = ["pear", "Apple", "apple", "", "b", "ab", "a", "\u00e9", "z", "\U0001f600", "pear"]
print(sorted(words), sorted(words, reverse=True))
pairs = [(w, i) for i, w in enumerate(words)]
print(sorted(pairs, key=lambda p: p[0])[:4], sorted(pairs, key=lambda p: len(p[0]), reverse=True)[:4])
print(sorted(range(20), key=lambda x: x % 3), sorted(range(10), key=lambda x: -(x // 3), reverse=True))
print(sorted(range(8), key=lambda x: (x % 2) * 0.5), sorted(["b", "a"], key=lambda s: [s]))
big = [2 ** 70, 3, -2 ** 65, 0]
print(sorted(big), sorted(big, reverse=True))
print(sorted([1, 2 ** 64, 0.5]), sorted([(2, "a"), (1, "b"), (1, "a")]))
ids = [[x] for x in (3, 1, 2, 1)]
print(sorted(ids), sorted(ids, key=lambda l: l[0]) == [[1], [1], [2], [3]])
keyed = sorted(["aa", "b", "cc", "d"], key=len)
print(keyed, sorted(["aa", "b", "cc", "d"], key=len, reverse=True))
a = list(range(50, 0, -1))
a.sort()
print(a[:3], a[-3:])
