from collections import deque
import copy
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = deque([1, 2]); d.append(d); print(d); print(repr(d))
d2 = deque([1], maxlen=3); d2.append(d2); print(d2)
print(deque[int], deque[int].__origin__)
t(lambda: deque([1]) == [1])
t(lambda: deque([1])[0:1])
t(lambda: deque([1]) + [1])
t(lambda: deque(iterable=[1], maxlen=2))
t(lambda: deque([1], 2, 3))
t(lambda: deque(maxlen=-1))
t(lambda: deque(maxlen='a'))
t(lambda: deque(maxlen=2.0))
t(lambda: deque(maxlen=10**30))
t(lambda: deque([1,2]).pop(0))
t(lambda: deque().popleft())
t(lambda: deque([1,2,3]).index(2, 'a'))
t(lambda: deque([1,2,3]).insert(10, 'x'))
x = deque([1,2,3]); x.insert(-10, 'y'); x.insert(10, 'z'); print(x)
x = deque([1,2,3], maxlen=3); t(lambda: x.insert(1, 0))
t(lambda: deque([1]).remove(2))
for proto in range(6):
    p = copy.copy(deque([1, 'a', (2,)], maxlen=7)); print(p, p.maxlen)
p = copy.deepcopy(deque([1, 'a'])); print(p, p.maxlen)
class Sub(deque):
    pass
s = Sub([1,2]); s.x = 5
q = copy.deepcopy(s); print(q, type(q).__name__, q.x)
print(copy.deepcopy(deque([[1],[2]], 5)))
class E:
    def __eq__(self, o):
        d.clear(); return False
d = deque([E(), 1, 2])
t(lambda: d.count(1))
d = deque([E(), 1, 2])
t(lambda: d.index(1))
d = deque([E(), 1, 2])
t(lambda: d.remove(1))
d = deque([E(), 1, 2])
t(lambda: 1 in d)

print(sorted(k for k in dir(deque) if not k.startswith('__')))
d = deque('abc'); d += 'de'; print(d); d *= 2; print(d)
i = iter(d); d.append(1); t(lambda: next(i)); t(lambda: next(i))
t(lambda: deque([1]).__init__(maxlen=1, iterable='ab'))
dd = deque([1,2,3]); dd.__init__([9]); print(dd)
t(lambda: deque([1,2]) * (10**20))
t(lambda: deque('ab').__iadd__(5))
print(deque([1,2,3]).__reduce__()[:3])
print(type(reversed(deque())).__name__)
print(isinstance(deque(), __import__('collections.abc').abc.MutableSequence))
print(deque([1,2]).__sizeof__() > 0)
d = deque([1]); d.extend(d); print(d); d.extendleft(iter([5,6])); print(d)
t(lambda: deque([1,2])[True])
class I:
    def __index__(self): return 1
print(deque([5,6])[I()])
t(lambda: deque([5])[10**30])
t(lambda: deque([5]).rotate(10**30))
print(deque([1,2,3]) == deque([1,2,3], maxlen=3), deque([1,2]) >= deque([1,2]))
class S2(deque):
    def __init__(self, *a): super().__init__(*a)
z = S2([1,2], 3); print(z, z.copy(), copy.copy(z), z + deque([1]), z * 2)
I = type(iter(deque())); R = type(reversed(deque()))
d = deque([1,2,3,4])
t(lambda: list(I(d, 2))); t(lambda: list(R(d, 1))); t(lambda: list(I(d, 10))); t(lambda: list(I(d, -1)))
t(lambda: list(I(d))); t(lambda: I([1])); t(lambda: I(d, 'a')); t(lambda: list(R(d, 10)))
it = I(d, 1); print(it.__length_hint__(), it.__reduce__())
it = iter(d); list(it); print(it.__reduce__(), it.__length_hint__())
it = iter(d); next(it); d.append(5); t(lambda: next(it)); print(it.__length_hint__()); t(lambda: it.__reduce__())
class E:
    def __eq__(self, o):
        dd.append(0); return False
dd = deque([E(), 1]); t(lambda: dd.remove(1)); print(len(dd))
dd = deque([E(), 1]); t(lambda: dd.index(1))
dd = deque([E(), 1]); t(lambda: dd.count(1))
class F:
    def __eq__(self, o): raise KeyError('x')
t(lambda: deque([F()]).remove(1))
t(lambda: deque([1, F()]).remove(1))
d = deque([1,2,3]); d.remove(2); print(d)
d = deque(range(10), maxlen=10); d.remove(5); print(d)
t(lambda: deque([1]).index(1, 0, 10**30))
t(lambda: deque([1]).index(1, -10**30))
t(lambda: deque([1]).insert(10**30, 1))
t(lambda: deque([1]).insert(-10**30, 1))
t(lambda: deque([1], maxlen=1).insert(0, 1))
