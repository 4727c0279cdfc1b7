# weakref: proxy, WeakMethod, the weak containers and finalize in more depth
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def method(self):
        return self.n * 2

    def __repr__(self):
        return "C(%d)" % self.n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, C) and other.n == self.n


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", r)


# proxy
o = C(3)
p = weakref.proxy(o)
print(p.n, p.method(), repr(p)[:24] == "<weakproxy at " or repr(p)[:10], type(p).__name__)
p.n = 5
print(o.n, weakref.getweakrefcount(o))
cb_log = []
p2 = weakref.proxy(o, lambda r: cb_log.append("proxy cb"))
print(weakref.getweakrefcount(o), p == p2 if False else "skip")
del o
print(cb_log)
attempt(lambda: p.n)
attempt(lambda: weakref.proxy(1))

# callable proxy
def func(x):
    return x + 1
cp = weakref.proxy(func)
print(cp(1), type(cp).__name__)

# WeakMethod
o = C(4)
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method, type(wm).__mro__[1].__name__)
attempt(lambda: weakref.WeakMethod(func))
log = []
wm2 = weakref.WeakMethod(o.method, lambda r: log.append("wm dead"))
del o
print(wm(), wm2(), log)

# WeakValueDictionary
objs = [C(i) for i in range(4)]
d = weakref.WeakValueDictionary()
for i, x in enumerate(objs):
    d["k%d" % i] = x
print(len(d), sorted(d.keys()), d["k1"], d.get("k9"), "k2" in d)
del objs[1]
print(len(d), sorted(d), d.get("k1"))
attempt(lambda: d["k1"])
print(sorted(d.items()), sorted(d.values(), key=lambda c: c.n))
print(d.pop("k0"), d.setdefault("k3", C(9)), len(d))
print(type(d.copy()).__name__, len(d.copy()))
print(sorted(r().n for r in d.itervaluerefs()), sorted(r().n for r in d.valuerefs()))
d2 = weakref.WeakValueDictionary({"a": objs[0]})
print(dict(d2), repr(d2)[:30].startswith("<WeakValueDictionary at"))
del d2["a"]
print(len(d2))
d.clear()
print(len(d))

# WeakKeyDictionary
objs = [C(i) for i in range(3)]
k = weakref.WeakKeyDictionary()
for x in objs:
    k[x] = x.n * 10
print(len(k), k[objs[1]], objs[2] in k, C(2) in k)
del objs[0]
print(len(k), sorted(v for v in k.values()))
print(sorted(x.n for x in k.keys()), sorted((a.n, b) for a, b in k.items()))
print(k.pop(objs[0]), len(k), k.get(C(99), "none"), k.setdefault(objs[1], 5))
print(sorted(r().n for r in k.keyrefs()))
attempt(lambda: k[1])

# WeakSet
objs = [C(i) for i in range(4)]
s = weakref.WeakSet(objs[:3])
print(len(s), objs[0] in s, objs[3] in s, sorted(x.n for x in s))
del objs[0]
print(len(s))
s.add(objs[2])
s.discard(objs[0])
print(len(s), sorted(x.n for x in s))
t = weakref.WeakSet([objs[1], objs[2]])
print(s == t, s <= t, sorted(x.n for x in s | t), sorted(x.n for x in s & t), sorted(x.n for x in s - t))
s.remove(objs[1])
try:
    s.remove(objs[1])
except KeyError:
    print("KeyError")
print(len(s.copy()), type(s.copy()).__name__)
attempt(lambda: s.add(1))

# finalize
o = C(7)
f = weakref.finalize(o, print, "finalized", 7)
print(f.alive, f.peek()[1:], type(f.atexit).__name__)
del o
print(f.alive, f(), f.peek())
o = C(8)
f = weakref.finalize(o, lambda *a, **k: (a, k), 1, x=2)
print(f(), f.alive, f())
f = weakref.finalize(o, print, "detached")
print(f.detach()[1:] if f.detach() is None else "?")
o2 = C(9)
f = weakref.finalize(o2, print, "never")
print(f.detach()[1:], f.alive)
del o2

# getweakrefcount / getweakrefs
o = C(10)
r1 = weakref.ref(o)
r2 = weakref.ref(o, lambda r: None)
print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)), weakref.getweakrefcount(1))
print(weakref.ref(o) is r1, r1 == r2, hash(r1) == hash(o))
print(weakref.ReferenceType is weakref.ref, weakref.ProxyType.__name__, weakref.CallableProxyType.__name__)
print(len(weakref.ProxyTypes))

# atexit: the finalizers still alive at exit run then, newest first, unless atexit is False
keep_a, keep_b, keep_c = C(100), C(101), C(102)
fa = weakref.finalize(keep_a, print, "at exit: a")
fb = weakref.finalize(keep_b, print, "at exit: b")
fc = weakref.finalize(keep_c, print, "never: c")
fc.atexit = False
print(fa.atexit, fc.atexit)
print("end of program")
