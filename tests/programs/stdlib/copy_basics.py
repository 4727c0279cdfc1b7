import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c == a)
t = (1, 2, (3,)); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); d = copy.deepcopy(t2); print(d == t2, d is t2, d[1] is t2[1])
cyc = [1]; cyc.append(cyc); dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is not cyc)
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1], dp[0] is not shared)
class P:
    def __init__(self, x): self.x = x; self.items = [x]
p = P(5); q = copy.copy(p); r = copy.deepcopy(p)
print(type(q).__name__, q.x, q.items is p.items, r.items is p.items, r.items)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = [1]; s2 = copy.copy(s); s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a == s.a, s3.a is s.a, hasattr(s2, 'b'))
class WithCopy:
    def __init__(self): self.v = 1
    def __copy__(self): print('copy called'); return 'C'
    def __deepcopy__(self, memo): print('deepcopy called', type(memo).__name__); return 'D'
print(copy.copy(WithCopy()), copy.deepcopy(WithCopy()))
class St:
    def __init__(self): self.a = 1; self.hidden = 2
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
x = copy.deepcopy(St()); print(sorted(vars(x).items()))
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(3)).v, copy.deepcopy(R(4)).v)
class L(list): pass
l = L([1, [2]]); l.tag = 't'; l2 = copy.deepcopy(l); l3 = copy.copy(l)
print(type(l2).__name__, l2, l2.tag, l2[1] is l[1], l3[1] is l[1], l3.tag)
class D(dict): pass
dd = D(a=[1]); dd2 = copy.deepcopy(dd); print(type(dd2).__name__, dd2, dd2['a'] is dd['a'])
print(copy.copy({1, 2}), copy.deepcopy({'x': {1, 2}}), copy.copy(bytearray(b'ab')))
print(copy.copy(len) is len, copy.deepcopy(int) is int, copy.copy(3.5))
memo = {}; v = [1]; copy.deepcopy([v, v], memo); print(id(v) in memo)
def gen(): yield 1
try: copy.copy(gen())
except TypeError as e: print(type(e).__name__, e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
class I(int): pass
i = copy.deepcopy(I(7)); print(type(i).__name__, i)
