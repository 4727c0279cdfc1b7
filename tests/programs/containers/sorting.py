# list.sort and sorted: stability, key, reverse, errors, comparisons made.
data = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
print(sorted([5, 3, 9, 1], reverse=True), sorted('hello'), sorted({3: 1, 1: 2}))
x = list(range(100, 0, -3))
x.sort()
print(x)
import sys
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
big = [rnd() % 1000 for _ in range(3000)]
s = sorted(big)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), s[:5], s[-5:])
pairs = [(rnd() % 10, i) for i in range(500)]
sp = sorted(pairs, key=lambda p: p[0])
print(all(sp[i][0] < sp[i + 1][0] or (sp[i][0] == sp[i + 1][0] and sp[i][1] < sp[i + 1][1]) for i in range(len(sp) - 1)))
calls = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f'K({self.v})'
ks = [K(v) for v in [5, 2, 8, 1, 9, 3, 3, 7, 0, 6, 4, 2]]
print(sorted(ks))
print(len(calls), calls[:12])
calls.clear()
runs = [K(v) for v in list(range(40)) + list(range(20, 0, -1)) + list(range(100, 140))]
runs.sort()
print(len(calls))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(e)
try:
    [3, 1].sort(1)
except TypeError as e:
    print(e)
try:
    sorted([1], foo=1)
except TypeError as e:
    print(e)
try:
    sorted()
except TypeError as e:
    print(e)
l = [3, 2, 1]
try:
    l.sort(key=lambda v: l.append(v))
except Exception as e:
    print(type(e).__name__, e)
print(l)
l = [3, 2, 1, 0]
def key(v):
    if v == 1:
        raise ValueError('bad key')
    return v
try:
    l.sort(key=key)
except ValueError as e:
    print(e, l)
m = [5, 1, 4]
def bad_key(v):
    m.append(v)
    return v
try:
    m.sort(key=bad_key)
except ValueError as e:
    print(e, m)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3:
            raise RuntimeError('no 3')
        return self.v < o.v
items = [Cmp(v) for v in [5, 4, 3, 2, 1]]
try:
    items.sort()
except RuntimeError as e:
    print(e, sorted(c.v for c in items))
print(sorted([0.5, -1, 2, True, 1.5]), sorted([[2, 1], [1, 3], [1, 2]]), sorted([(), (1,), (0, 5)]))
print(sorted(['b', 'A', 'a', 'B']))
