from collections import *
import collections, collections.abc as cabc
Point = namedtuple('Point', 'x y')
p = Point(1, y=2); print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]), Point.__doc__)
print(Point.__module__, Point.x.__doc__, p == (1, 2), hash(p) == hash((1, 2)), Point.__match_args__)
for t in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point._make([1]), lambda: p._replace(z=1), lambda: namedtuple('A', 'x x'),
          lambda: namedtuple('A', 'x _y'), lambda: namedtuple('A', 'x def'), lambda: namedtuple('1A', 'x'), lambda: namedtuple('A', 'x y', defaults=(1, 2, 3)),
          lambda: namedtuple('A', ['x', 3])]:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
R = namedtuple('R', ['a', 'def', '_c', 'a'], rename=True); print(R._fields)
D = namedtuple('D', 'a b c', defaults=[2, 3], module='mymod'); print(D(1), D._field_defaults, D.__module__, D(1, c=9))
E = namedtuple('E', ''); print(E(), E._fields)
d = deque([1, 2, 3]); d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy'); print(d); d.rotate(2); print(d); d.rotate(-3); print(d)
m = deque(range(5), maxlen=3); print(m, m.maxlen); m.append(9); print(m); m.appendleft(7); print(m)
print(deque('abc') == deque('abc'), deque([1]) < deque([2]), deque([1, 2]).index(2), deque([1, 1, 2]).count(1))
d = deque([1, 2, 3]); d.insert(1, 9); d.remove(3); d.reverse(); print(d, d.copy(), 9 in d, list(reversed(d)))
for t in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3], lambda: deque([1])['a'], lambda: deque([1]).remove(2),
          lambda: deque([1], 1).insert(0, 1), lambda: deque(maxlen=-1), lambda: deque([1]).index(5), lambda: deque([1])[0:1]]:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
d = deque([1, 2, 3])
try:
    for x in d: d.append(x)
except RuntimeError as e: print(type(e).__name__, e)
d2 = deque([1]); d2.append(d2); print(d2, deque([1, 2]) + deque([3]), deque([1]) * 3, deque(maxlen=0))
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dd.default_factory, dict(dd), dd.copy())
dn = defaultdict(); print(dn)
try: dn['x']
except KeyError as e: print('KeyError', e)
try: defaultdict(3)
except TypeError as e: print(type(e).__name__, e)
ci = defaultdict(int, a=1); ci['b'] += 2; print(ci, isinstance(ci, dict), ci | {'c': 1})
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)]); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, list(od))
print(od.popitem(), od.popitem(last=False), od, OrderedDict(), repr(OrderedDict(x=1)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, OrderedDict.fromkeys('ab', 0))
try: OrderedDict().popitem()
except KeyError as e: print('KeyError', e)
try: OrderedDict().move_to_end('z')
except KeyError as e: print('KeyError', e)
c = Counter('abracadabra'); print(c, c['z'], c.most_common(2), sorted(c.elements()), c.total())
c.update('aaz'); c.subtract({'b': 5}); print(c, +c, -c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2); print(a + b, a - b, a | b, a & b, a == Counter(a=3, b=1, c=0), a <= a + b)
del a['zz']; print(Counter(), Counter({'x': 2}), Counter(cats=4, dogs=8).most_common(), Counter('aab').most_common(0))
try: Counter.fromkeys('ab')
except NotImplementedError as e: print(type(e).__name__, e)
cc = Counter(a=2); cc += Counter(a=-5, b=1); print(cc); cc -= Counter(b=1); print(cc)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), list(cm), 'b' in cm, cm.get('z', 0))
cm['c'] = 4; print(cm.maps[0], cm.new_child(), cm.parents, cm.new_child({'q': 1}).maps)
try: del cm['b']
except KeyError as e: print('KeyError', e)
try: ChainMap({}).popitem()
except KeyError as e: print('KeyError', e)
try: cm['missing']
except KeyError as e: print('KeyError', e)
ud = UserDict(a=1); ud['b'] = 2; print(ud, len(ud), ud.data, isinstance(ud, cabc.MutableMapping), ud | {'c': 3})
ul = UserList([1, 2]); ul.append(3); print(ul, ul[1:], ul + [4], type(ul[1:]).__name__, ul == [1, 2, 3])
us = UserString('Hello'); print(us, us.upper(), us + '!', us[1:3], 'ell' in us, len(us), repr(us), type(us.lower()).__name__)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance({}.keys(), cabc.KeysView), isinstance({}.items(), cabc.Set))
print(isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable), isinstance(iter([]), cabc.Iterator), isinstance('', cabc.Iterable), isinstance(len, cabc.Callable))
print(isinstance((x for x in []), cabc.Generator), issubclass(deque, cabc.MutableSequence), isinstance(set(), cabc.MutableSet), isinstance(frozenset(), cabc.MutableSet))
print(issubclass(str, cabc.Sequence), issubclass(dict, cabc.Sequence), isinstance(range(3), cabc.Reversible), isinstance(b'', cabc.Buffer), isinstance(3, cabc.Sized))
print(cabc.Sequence, cabc.Mapping.__module__, cabc.__all__[:3])
class MySeq(cabc.Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * 10
s = MySeq(4); print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))
try: s.index(7)
except ValueError: print('ValueError')
class MySet(cabc.Set):
    def __init__(self, it): self.items = list(dict.fromkeys(it))
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x in self.items
s1, s2 = MySet([1, 2, 3]), MySet([2, 3, 4]); print(sorted(s1 & s2), sorted(s1 | s2), sorted(s1 - s2), sorted(s1 ^ s2), s1 <= s2, MySet([2]) < s1, s1 == MySet([3, 2, 1]), s1.isdisjoint([9]))
class MyMap(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMap(); mm.update(a=1, b=2); mm.setdefault('c', 3); print(mm.pop('a'), mm.popitem(), list(mm.items()), list(mm.keys()), list(mm.values()), mm.get('q'), 'c' in mm, mm == {'c': 3})
print(type(mm.keys()).__name__, type(mm.items()).__name__)
try: cabc.Sequence()
except TypeError as e: print(type(e).__name__, e)
