import collections, copy
from collections import namedtuple, Counter, OrderedDict, ChainMap, defaultdict, deque
from collections.abc import Sequence, MutableSequence, Mapping, Iterable, Hashable, Sized, Container, Reversible, Collection
print(collections.abc.Sequence is Sequence, isinstance(deque(), Sequence), isinstance(Counter(), Mapping))
class NoIter:
    __iter__ = None
print(isinstance(NoIter(), Iterable), isinstance(object(), Hashable), issubclass(list, Reversible), issubclass(dict, Collection))
class H:
    __hash__ = None
print(isinstance(H(), Hashable), isinstance(namedtuple('T', 'a')(1), Sequence))
P = namedtuple('P', ['x', 'y'], defaults=[0])
print(P(1), P(1, 2), P._field_defaults, P.__new__.__defaults__, P(x=3), P._make(iter([5, 6])))
print(copy.copy(P(1, 2)), copy.deepcopy(P([1], 2)), P(1, 2)._replace(), P(*P(3, 4)))
x, y = P(7, 8); print(x, y, P(1, 2) + (3,), P(1, 2)[::-1], P(1, 2).count(1), P(1, 2).index(2))
match P(1, 2):
    case P(a, b): print('matched', a, b)
try: P(1, 2, 3)
except TypeError as e: print(type(e).__name__, e)
try: P()
except TypeError as e: print(type(e).__name__, e)
try: P(1, z=2)
except TypeError as e: print(type(e).__name__, e)
try: P(1, 2).x = 5
except AttributeError as e: print('AttributeError')
print(namedtuple('S', 'a, b,c')._fields, namedtuple('S', ('a',))(1), namedtuple('Class', 'class def', rename=True)._fields)
c = Counter({'a': 3, 'b': -1, 'c': 0})
print(c, +c, -c, c.total(), list(c.elements()), c.most_common(), c.most_common(1))
c2 = Counter(a=1); print(c == Counter(a=3, b=-1), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2), Counter(a=2) >= Counter(a=1, b=0))
c3 = Counter('hello world'); print(c3.most_common(3), sorted(c3), len(c3))
c3.update(Counter('lll')); c3.subtract(l=2, o=5); print(c3['l'], c3['o'], c3)
print(Counter(a=2, b=1) | Counter(b=3), Counter(a=2) & Counter(a=1, b=5), Counter('ab') + Counter('bc'), Counter('abb') - Counter('b'))
ci = Counter(a=3); ci |= Counter(a=5, b=-1); print(ci); ci &= Counter(a=2); print(ci)
print(repr(Counter({'x': 1, 'y': 1, 'z': 2})), Counter().most_common(), Counter('aaa').copy())
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('d', False); print(list(od), od.popitem(False), od.popitem(True), list(od))
od2 = OrderedDict(od); print(od2 == od, od2, list(reversed(od2)), od2 | {'z': 1}, type(od2 | {'z': 1}).__name__)
od3 = OrderedDict(); od3['x'] = 1; od3.setdefault('y', 2); od3.update({'z': 3}, w=4); print(od3, od3.pop('x'), od3)
rec = OrderedDict(); rec['self'] = rec; print(rec)
cm = ChainMap({'a': 1}, {'b': 2}, {'a': 3, 'c': 4})
print(dict(cm), sorted(cm.items()), cm.parents.parents, cm.new_child(x=9)['x'], cm.copy(), ChainMap())
print(cm | {'z': 0}, {'q': 1} | cm, bool(ChainMap({})), ChainMap.fromkeys('ab', 0))
cm2 = ChainMap({'k': 1}); print(cm2.pop('k'), cm2.pop('k', 'dflt'))
try: cm2.pop('k')
except KeyError as e: print('KeyError', e)
dd = defaultdict(lambda: 'x', {'a': 1}); print(dd['b'], sorted(dd.items()), copy.copy(dd)['a'], copy.deepcopy(defaultdict(list, {'k': [1]})))
nested = defaultdict(lambda: defaultdict(int)); nested['a']['b'] += 1; print(dict(nested['a']), 'a' in nested, nested.get('zz'))
dd2 = defaultdict(list, x=[1]); dd2 |= {'y': [2]}; print(dd2, {'z': 0} | dd2)
ud = collections.UserDict({'a': 1})
class Miss(collections.UserDict):
    def __missing__(self, key): return key * 2
print(Miss()['ab'], ud.copy(), 'a' in ud, ud.get('b', 5), collections.UserDict.fromkeys('xy', 0))
ul = collections.UserList([3, 1, 2]); ul.sort(); ul.extend((5,)); ul.insert(0, 0); print(ul, ul.pop(), ul.index(2), ul * 2, [9] + ul, ul.copy(), len(ul))
us = collections.UserString('abc'); print(us * 2, us.center(7, '*'), us.split('b'), us.replace('a', 'x'), us < 'abd', us.encode(), str(us) == 'abc', us.find('c'))
