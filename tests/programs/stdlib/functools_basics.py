import functools
from functools import *
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 7), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3]))
for t in [lambda: reduce(operator.add, []), lambda: reduce(operator.add, 3), lambda: reduce()]:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
p = partial(max, 1, key=None); print(p, p.func, p.args, p.keywords, p(5, 0))
pp = partial(p, 7, key=abs); print(pp, pp.args, pp.keywords, pp())
base2 = partial(int, base=2); print(base2('101'), base2('11', base=10), repr(partial(print)))
for t in [lambda: partial(), lambda: partial(3)]:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
class MyPartial(partial): pass
print(repr(MyPartial(max, 2)), type(MyPartial(MyPartial(max, 1), 2).func))
class Cell:
    def __init__(self): self.v = 0
    def set(self, v): self.v = v
    set_one = partialmethod(set, 1)
    set_two = partialmethod(set, v=2)
c = Cell(); c.set_one(); print(c.v); c.set_two(); print(c.v)
@lru_cache(maxsize=2)
def sq(x):
    print('computing', x); return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)
info = sq.cache_info(); print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__)
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def ident(*a, **k): print('call', a, k); return len(a) + len(k)
print(ident(1, x=2), ident(1, x=2), ident(1, y=2), ident.cache_info())
@lru_cache(maxsize=None, typed=True)
def typed_f(x): print('typed call', repr(x)); return x
typed_f(1); typed_f(1.0); typed_f(1); print(typed_f.cache_info())
@lru_cache(maxsize=0)
def nocache(x): return x
nocache(1); nocache(1); print(nocache.cache_info(), lru_cache(maxsize=-5)(len).cache_parameters())
try: lru_cache('x')
except TypeError as e: print(type(e).__name__, e)
class WithCached:
    @lru_cache
    def meth(self, x): return x * 2
w = WithCached(); print(w.meth(3), w.meth(3), WithCached.meth.cache_info())
def deco(f):
    @wraps(f)
    def inner(*a): return f(*a)
    return inner
@deco
def documented(a: int) -> int:
    "doc here"
    return a
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__, documented.__qualname__)
def target(): pass
target.extra = 1
def wrapper(): pass
update_wrapper(wrapper, target); print(wrapper.__name__, wrapper.extra, wrapper.__wrapped__ is target)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), V.__gt__.__name__)
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(1) > G(2), G(2) <= G(2))
try: total_ordering(type('X', (), {}))
except ValueError as e: print(type(e).__name__, e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), type(cmp_to_key(len)))
k = cmp_to_key(lambda a, b: (a > b) - (a < b)); print(k(1) < k(2), k(2) == k(2), k(3).obj)
class Data:
    def __init__(self): self.calls = 0
    @cached_property
    def value(self):
        self.calls += 1; return 42
d = Data(); print(d.value, d.value, d.calls, 'value' in d.__dict__, type(Data.value).__name__)
del d.value; print(d.value, d.calls)
class NoDict:
    __slots__ = ('a',)
    @cached_property
    def prop(self): return 1
try: NoDict().prop
except TypeError as e: print(type(e).__name__, e)
try:
    cp = cached_property(lambda self: 1)
    class Two:
        a = cp
        b = cp
except Exception as e: print(type(e).__name__, e.__cause__ if e.__cause__ else e)
@singledispatch
def show(x): return f'object {x!r}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
def _(x): return f'list of {len(x)}'
show.register(float, lambda x: f'float {x}')
@show.register
def _(x: str | bytes): return f'text {x!r}'
print(show(1), show(True), show([1, 2]), show(2.5), show('a'), show(b'b'), show(None), show((1,)))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else '', sorted(t.__name__ for t in show.registry))
import collections.abc
@show.register(collections.abc.Mapping)
def _(x): return 'mapping'
print(show({}), show(collections.OrderedDict()))
try: show()
except TypeError as e: print(type(e).__name__, e)
try: show.register(3)
except TypeError as e: print(type(e).__name__, e)
def bad(x: list[int]): pass
try: show.register(bad)
except TypeError as e: print(type(e).__name__, e)
class Fmt:
    @singledispatchmethod
    def fmt(self, arg): return 'default'
    @fmt.register
    def _(self, arg: int): return 'int'
    @fmt.register(str)
    def _(self, arg): return 'str'
print(Fmt().fmt(1), Fmt().fmt('a'), Fmt().fmt(1.0))
