# set and frozenset methods, operators, comparisons and errors.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(f"{type(e).__name__}:", e.args[0] if isinstance(e, KeyError) else e)

s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s), len(s), 2 in s, 9 in s)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9], (8,))), sorted(a.intersection(b, [3])), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([1, 7])))
print(a <= b, {2} <= a, {2} < a, a < a, a >= {1}, a > {1, 2, 3}, a == {3, 2, 1}, a != b)
print(a.issubset([1, 2, 3, 4]), a.issuperset([1]), a.isdisjoint([7]), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {1}
c ^= {5, 2}
print(sorted(c))
c.update([7], {8})
c.intersection_update(range(9))
c.difference_update([7])
c.symmetric_difference_update([0, 8])
print(sorted(c))
f = frozenset([1, 2, 2])
print(f, frozenset(), set(), type(f | {3}).__name__, type({3} | f).__name__, f == {1, 2}, f.copy() is f)
print({frozenset([1]): "x"}, {f} == {frozenset((2, 1))}, frozenset().__hash__() == frozenset().__hash__())
print(frozenset([1, 2]).__hash__() == frozenset([2, 1]).__hash__(), frozenset({1}).__hash__() != frozenset({2}).__hash__())
p = {1, 2}
print(p.pop() in (1, 2), len(p), p.copy(), set("aa"), {1, True, 1.0})
p.clear()
print(p, repr(set()), repr(frozenset({5})))
class S(set):
    pass
x = S([1])
print(x, type(x | {2}).__name__, type(x.copy()).__name__, S.__name__)
class FS(frozenset):
    pass
print(FS([1]), repr(FS()))
err(lambda: set().pop())
err(lambda: {1}.remove(2))
err(lambda: {[1]})
err(lambda: {1} | [2])
err(lambda: {1} < [2])
err(lambda: set(1))
err(lambda: set([1], [2]))
err(lambda: frozenset().add)
err(lambda: {1}.add())
err(lambda: {1}.union(1))
err(lambda: {1}.issubset(3))
