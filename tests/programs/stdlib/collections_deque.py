from collections import deque
d = deque(maxlen=4)
for i in range(10):
    d.append(i)
    if i % 3 == 0:
        d.appendleft(-i)
    print(list(d), d[0], d[-1], len(d))
d = deque()
for i in range(40):
    d.append(i)
    if i % 2:
        d.popleft()
print(d, d[5], d[-3], list(reversed(d))[:3], d.index(30), 25 in d, 2 in d)
e = deque(range(6)); e.rotate(-2); print(e); e.rotate(8); print(e); e.rotate(0); print(e)
f = deque([1, 2, 3], maxlen=3); f.extendleft([7, 8]); print(f); f.extend([9]); print(f)
f.appendleft(0); print(f, f.maxlen)
g = deque('abcde'); del g[1]; g[0] = 'z'; print(g, g.pop(), g.popleft(), g)
h = deque(range(20)); h.insert(5, 'x'); h.insert(-1, 'y'); h.insert(100, 'end'); print(h)
h.remove('x'); h.reverse(); print(h, h.count(3))
z = deque(maxlen=0); z.append(1); z.appendleft(2); z.extend([3]); print(z, len(z))
it = iter(deque([1, 2, 3])); print(next(it), it.__length_hint__(), list(it))
w = deque([1, 2])
try:
    for x in w: w.appendleft(0)
except RuntimeError as e: print(type(e).__name__, e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 3]) > deque([1, 2]), deque([]) <= deque([]), deque([1]) == [1])
m = deque([1, 2]); m += [3]; m *= 2; print(m, 2 * deque('ab'), deque('ab') * 0)
try: deque([1]) + [2]
except TypeError as e: print(type(e).__name__, e)
try: hash(deque())
except TypeError as e: print(type(e).__name__)
try: deque([1], maxlen='a')
except TypeError as e: print(type(e).__name__, e)
try: deque([1]).maxlen = 3
except AttributeError as e: print('AttributeError')
class Sub(deque):
    pass
s = Sub([1, 2], maxlen=5); print(s, s.copy(), type(s.copy()).__name__, bool(deque()), bool(s))
import copy
c = copy.deepcopy(deque([[1], [2]], maxlen=3)); print(c, c.maxlen)
r = deque(range(1000)); r.rotate(333); print(r[0], r[999], sum(r))
print(deque[int], deque(iter([3, 4])), deque('xy').copy().maxlen)
