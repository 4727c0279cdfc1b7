from collections import deque
import copy
d = deque([1, 2, 3, 4, 5])
print(d.index(4, 1), d.index(2, -4, -1), d.index(5, 0, 100))
try: d.index(1, 1)
except ValueError as e: print(type(e).__name__, e)
try: d.index('x')
except ValueError as e: print(type(e).__name__, e)
d.__init__('ab', 3); print(d, d.maxlen); d.__init__(); print(d, d.maxlen)
m = deque([1, 2], maxlen=5); m *= 4; print(m); m2 = deque([1, 2]) * -1; print(m2, deque([0]) * 0, 3 * deque([7]))
try: deque([1]) * 'a'
except TypeError as e: print(type(e).__name__, e)
try: deque.__new__(int)
except TypeError as e: print(type(e).__name__, e)
class Tagged(deque):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
    def copy(self):
        return Tagged(self, self.tag)
t = Tagged([1, 2], 'x'); t.append(3); print(t, t.tag, t.copy().tag, type(t + deque([4])).__name__ if False else 'skip', isinstance(t, deque))
class Plain(deque): pass
p = Plain('abc', 2); p.extra = 1; c = copy.copy(p); dc = copy.deepcopy(p)
print(p, c, type(c).__name__, c.maxlen, dc, type(dc).__name__, dc.extra, p.__dict__)
r = deque(range(5))
try:
    for x in reversed(r): r.pop()
except RuntimeError as e: print(type(e).__name__, e)
print(list(reversed(deque('abc'))), bool(deque()), bool(deque([0])), len(deque(range(100), maxlen=10)))
d = deque([1, 2, 3]); d[0] = 'a'; d[-1] = 'c'; del d[1]; print(d)
for bad in [lambda: d.__setitem__(5, 1), lambda: d.__delitem__(-9), lambda: d.insert('a', 1), lambda: d.rotate('x'), lambda: d.count(), lambda: d.append(1, 2), lambda: deque(1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
big = deque(range(10)); big.rotate(-13); print(big); big.rotate(10**15 + 3); print(big)
try: big.rotate(10**20)
except OverflowError as e: print(type(e).__name__, e)
e = deque(); e.rotate(5); e.reverse(); print(e, e.copy(), deque(e))
print(deque([1, [2]]) == deque([1, [2]]), deque([2]) > deque([1, 9]), deque() < deque([0]), deque('ab') <= deque('ab'), deque([1]) != deque([1]))
x = deque([1, 2]); x.extend(x); x.extendleft(x); print(x)
y = deque([1, 2, 3], maxlen=3); y.extendleft([9, 8]); y.insert(0, 0) if len(y) < 3 else None; print(y)
print(deque.__name__, deque.__module__, deque.__qualname__, deque.append.__name__, type(iter(deque())).__name__)
print(deque(maxlen=3) == deque(), deque('abc', maxlen=5).maxlen, repr(deque(maxlen=None)))
it = iter(deque([1, 2, 3])); next(it); print(it.__length_hint__(), list(it), it.__length_hint__())
print(hasattr(deque(), '__dict__'), deque([3, 1, 2]).__reduce__()[0].__name__, deque([3], 2).__reduce__()[1])
for ml in [1, 2, 3, 5, 7]:
    for n in [0, 1, 2, 3, 10, 10**6]:
        q = deque('abc', maxlen=ml); q *= n; print(ml, n, ''.join(q), end='; ')
    print()
