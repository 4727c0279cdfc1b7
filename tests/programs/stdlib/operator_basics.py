import operator as op
from operator import attrgetter, itemgetter, methodcaller
print(op.add(2, 3), op.sub(5, 1), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(4), op.pos(-4), op.abs(-3), op.inv(5), op.invert(5), op.lshift(1, 4), op.rshift(16, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'))
try: op.indexOf([1, 2], 5)
except ValueError as e: print(type(e).__name__, e)
try: op.concat(1, 2)
except TypeError as e: print(type(e).__name__, e)
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, -1))
print(op.index(7), op.length_hint([1, 2]), op.length_hint(iter(range(10))), op.length_hint(3, 5))
try: op.index(1.5)
except TypeError as e: print(type(e).__name__, e)
print(op.call(max, 3, 9, key=lambda x: -x))
a = [1]; b = op.iadd(a, [2]); print(a, b is a, op.iadd(1, 2), op.isub(5, 2), op.imul([0], 2), op.iconcat([1], (2,)))
print(op.__add__(1, 2), op.__not__(1), op.__getitem__('xyz', 1), op.matmul is not None)
class P:
    def __init__(self, x, y): self.x = x; self.y = y
    def move(self, dx, dy=0): return (self.x + dx, self.y + dy)
p = P(1, 2); p.inner = P(5, 6)
g = attrgetter('x'); print(g(p), g)
g2 = attrgetter('x', 'inner.y'); print(g2(p), g2)
try: attrgetter(1)
except TypeError as e: print(type(e).__name__, e)
try: attrgetter('z')(p)
except AttributeError as e: print(type(e).__name__, e)
i = itemgetter(1); print(i('abc'), i, itemgetter(0, -1)([1, 2, 3]), itemgetter(slice(1, None))([1, 2, 3]))
print(itemgetter('k')({'k': 4}), repr(itemgetter('k', 2)))
m = methodcaller('move', 3, dy=4); print(m(p), m, methodcaller('upper')('ab'), methodcaller('split', ','))
try: methodcaller(3)
except TypeError as e: print(type(e).__name__, e)
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=itemgetter(1)))
class H:
    def __length_hint__(self): return 7
print(op.length_hint(H()))
class Bad:
    def __length_hint__(self): return -1
try: op.length_hint(Bad())
except ValueError as e: print(type(e).__name__, e)
print(op.__all__[:5], len(op.__all__))
