import copy, functools, itertools, collections, operator
from collections import *
o = OrderedDict(a=[1]); o2 = copy.deepcopy(o); print(o2, type(o2).__name__, o2['a'] is o['a'])
c = Counter('aab'); print(copy.copy(c), copy.deepcopy(c), type(copy.copy(c)).__name__)
d = deque([[1]], maxlen=2); d2 = copy.deepcopy(d); print(d2, d2[0] is d[0], copy.copy(d))
cm = ChainMap({'a': 1}); print(copy.copy(cm), copy.deepcopy(cm))
P = namedtuple('P', 'a b'); print(copy.deepcopy(P([1], 2)))
ud = UserDict(a=1); print(copy.copy(ud), copy.deepcopy(ud), type(copy.deepcopy(ud)).__name__)
ul = UserList([[1]]); u2 = copy.deepcopy(ul); print(u2, u2[0] is ul[0])
p = functools.partial(max, 1); print(copy.copy(p), copy.deepcopy(p))
a, b = itertools.tee(range(3)); a2 = copy.copy(a); next(a); print(list(a), list(a2), list(b))
class Base:
    def __init_subclass__(cls, **kw): cls.tag = kw.get('tag')
print(functools.reduce(operator.mul, range(1, 10)), functools.reduce(lambda x, y: x + y, ['a', 'b'], '>'))
p2 = functools.partial(functools.partial(print, 'a', sep='-'), 'b', end='!\n'); p2('c'); print(p2.args, p2.keywords)
print(repr(functools.partial(p2)), functools.partial(p2, sep='+').keywords)
class C:
    @functools.cached_property
    def x(self): return [1]
    @functools.lru_cache(maxsize=None)
    def f(self, n): return n + 1
c1 = C(); print(c1.x is c1.x, C.x.attrname, C.f.cache_info(), c1.f(1), c1.f(1), C.f.cache_info())
@functools.lru_cache(maxsize=3)
def g(a, b=2, *, c=3): return a + b + c
print(g(1), g(1, 2), g(1, b=2), g(a=1), g(1, c=3), g.cache_info())
print(list(itertools.accumulate([1, 2, 3], lambda a, b: a * 10 + b)), list(itertools.chain.from_iterable([[1], (2, 3), 'ab'])))
gb = itertools.groupby([1, 1, 2, 3, 3, 3]); print([(k, len(list(g))) for k, g in gb])
print(list(itertools.zip_longest([1, 2], 'abc', (True,))), list(itertools.starmap(operator.add, zip('ab', 'cd'))))
print(list(itertools.islice(itertools.cycle('ab'), 1, 6, 2)), list(itertools.product(range(2), 'ab', repeat=1)))
print(list(itertools.compress(range(10), itertools.cycle([1, 0]))), list(itertools.takewhile(str.isupper, 'ABcD')))
print(list(itertools.pairwise(range(5))), list(itertools.batched('abcdefgh', 3)), next(itertools.count(2**70)))
print(list(itertools.combinations(range(4), 3)), list(itertools.permutations(range(3), 1)))
print(list(itertools.filterfalse(str.isdigit, 'a1b2')), list(itertools.dropwhile(lambda x: x, [1, 0, 1])))
r = itertools.repeat([1], 2); l = list(r); print(l[0] is l[1], itertools.count(0.5), itertools.count(1, -1))
