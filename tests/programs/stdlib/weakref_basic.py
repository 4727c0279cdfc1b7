import weakref

class C:
    def __init__(self, name):
        self.name = name
    def method(self):
        return "m:" + self.name
    def __repr__(self):
        return "C(%s)" % self.name

c = C("a")
r = weakref.ref(c)
print(r() is c, r.__callback__, weakref.ref(c) is r, weakref.getweakrefcount(c), hash(r) == hash(c))
log = []
r2 = weakref.ref(c, lambda wr: log.append(("cb", wr is r2, wr())))
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)), r2 is not r, r == r2)
del c
print(r(), r2(), log)
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
for v in ([], {}, "s", (1,), None):
    try:
        weakref.ref(v)
    except TypeError as e:
        print(e)
def f():
    pass
print(weakref.ref(f)() is f, weakref.ref(C)() is C, weakref.ref({1}) is not None)
d = C("d")
e = C("e")
print(weakref.ref(d) == weakref.ref(d), weakref.ref(d) != weakref.ref(e))
wd = weakref.ref(d)
h = hash(wd)
del d
print(wd() is None, hash(wd) == h)
dead = weakref.ref(C("x"))
try:
    hash(dead)
except TypeError as ex:
    print(ex)
print(dead == weakref.ref(e), dead == dead)

wvd = weakref.WeakValueDictionary()
a, b = C("a"), C("b")
wvd["a"] = a
wvd["b"] = b
print(len(wvd), sorted(wvd.keys()), wvd["a"], "a" in wvd, wvd.get("zz", 0))
del a
print(len(wvd), list(wvd), "a" in wvd, wvd.get("a"))
try:
    wvd["a"]
except KeyError as ex:
    print("KeyError", ex)
wkd = weakref.WeakKeyDictionary()
k1, k2 = C("k1"), C("k2")
wkd[k1] = 1
wkd[k2] = 2
print(len(wkd), sorted(v for v in wkd.values()), wkd[k1], k1 in wkd)
del k1
print(len(wkd), list(wkd.items()))
ws = weakref.WeakSet()
s1, s2 = C("s1"), C("s2")
ws.add(s1)
ws.add(s2)
ws.add(s1)
print(len(ws), s1 in ws, sorted(x.name for x in ws))
del s2
print(len(ws), [x.name for x in ws])

obj = C("fin")
fin = weakref.finalize(obj, print, "finalized", 42)
print(fin.alive, fin.peek()[1:] if fin.peek() else None)
del obj
print(fin.alive)
obj2 = C("fin2")
fin2 = weakref.finalize(obj2, log.append, "never")
print(fin2.detach()[2:], fin2.alive, fin2())
obj3 = C("fin3")
fin3 = weakref.finalize(obj3, lambda: "called")
print(fin3(), fin3(), fin3.alive)

m = C("meth")
wm = weakref.WeakMethod(m.method)
print(wm()(), wm() == m.method)
del m
print(wm())
p = C("prox")
px = weakref.proxy(p)
print(px.name, px.method(), str(px))
px.name = "changed"
print(p.name)
del p
try:
    px.name
except ReferenceError as ex:
    print("ReferenceError", ex)
cb_order = []
t = C("t")
ra = weakref.ref(t, lambda w: cb_order.append("first"))
rb = weakref.ref(t, lambda w: cb_order.append("second"))
del t
print(cb_order)
class Sub(weakref.ref):
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
        self.extra = extra
v = C("v")
sr = Sub(v, None)
print(sr() is v, sr.extra, isinstance(sr, weakref.ref), sr is not weakref.ref(v))
print(type(r).__name__, weakref.ref is weakref.ReferenceType)
