# list.sort and sorted: stability, keys, reverse, mutation during sort and errors.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(f"{type(e).__name__}:", e.args[0] if isinstance(e, KeyError) else e)

data = [(i % 5, i) for i in range(40, 0, -1)]
s = sorted(data, key=lambda p: p[0])
print(s[:8])
print(sorted(data, key=lambda p: p[0], reverse=True)[:8])
x = [5, 3, 5, 1, 3]
x.sort(reverse=True)
print(x, sorted("banana"), sorted({3: 1, 1: 2}), sorted(range(5), key=lambda v: -v))
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big) == list(range(1000)), sorted(big, reverse=True)[:5])
runs = list(range(100)) + list(range(50)) + list(range(100, 0, -1))
print(sorted(runs)[::25])
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)]))
def mutate():
    a = [3, 2, 1]
    def key(v):
        a.append(v)
        return v
    a.sort(key=key)
    return a
err(mutate)
err(lambda: sorted([1, "a"]))
err(lambda: [1].sort(1))
err(lambda: sorted())
err(lambda: sorted([1], key=1))
err(lambda: sorted([2, 1], key=lambda: 0))
err(lambda: sorted([1], cmp=None))
l = [3, 1, 2]
print(l.sort(), l, sorted(l, reverse=1))
