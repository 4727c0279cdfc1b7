import pickle

class P:
    def __init__(self, a=1):
        self.a = a
        self.b = [a, a + 1]
    def __eq__(self, other):
        return type(other) is P and self.__dict__ == other.__dict__
    def __repr__(self):
        return f"P({self.a}, {self.b})"

class WithState:
    def __init__(self):
        self.x = 1
        self.cache = "drop me"
    def __getstate__(self):
        return {"x": self.x}
    def __setstate__(self, state):
        self.x = state["x"] * 10
        self.cache = None

class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))

class Slotted:
    __slots__ = ("p", "q")
    def __init__(self):
        self.p = 1
        self.q = "two"

class Outer:
    class Inner:
        def __init__(self):
            self.v = 42

class MyList(list):
    pass

class MyDict(dict):
    pass

class NewArgs(int):
    def __new__(cls, v, extra):
        obj = int.__new__(cls, v)
        obj.extra = extra
        return obj
    def __getnewargs__(self):
        return (int(self), self.extra)

values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31 - 1, 2**31, 2**63, -2**100, 10**50,
          0.0, -0.0, 1.5, 1e300, -1e-300, 5e-324, float("inf"), float("-inf"),
          "", "abc", "é☃😀", "a\nb\\c\x00\r\x1a", "\ud800",
          b"", b"\x00\xff", bytearray(), bytearray(b"ab"),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2, [3]]], {}, {"a": 1, 2: "b", (1, 2): [3]},
          set(), {1, 2, 3}, frozenset(), frozenset({"x"}), list(range(2500)), {i: i for i in range(1200)},
          P(), [P(2), P(3)], Outer.Inner, int, len, P]
for proto in range(6):
    ok = 0
    for v in values:
        back = pickle.loads(pickle.dumps(v, proto))
        if back == v or (v != v):
            ok += 1
        else:
            print("MISMATCH", proto, repr(v)[:40], repr(back)[:40])
    print("protocol", proto, ok, "of", len(values))

for proto in range(6):
    shared = [1, 2]
    data = [shared, shared, {"k": shared}]
    back = pickle.loads(pickle.dumps(data, proto))
    print(proto, back, back[0] is back[1], back[2]["k"] is back[0])
    cyc = []
    cyc.append(cyc)
    d = {}
    d["self"] = d
    b1 = pickle.loads(pickle.dumps(cyc, proto))
    b2 = pickle.loads(pickle.dumps(d, proto))
    print(b1[0] is b1, b2["self"] is b2)
    t = ([],)
    t[0].append(t)
    bt = pickle.loads(pickle.dumps(t, proto))
    print(bt[0][0] is bt)
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print(w.x, w.cache)
    r = pickle.loads(pickle.dumps(Reduced(1, "z"), proto))
    print(type(r).__name__, r.a, r.b)
    try:
        s = pickle.loads(pickle.dumps(Slotted(), proto))
        print(s.p, s.q)
    except TypeError as e:
        print(e)
    if proto >= 4:
        i = pickle.loads(pickle.dumps(Outer.Inner(), proto))
        print(type(i).__qualname__, i.v)
    ml = MyList([1, 2]); ml.tag = "t"
    bml = pickle.loads(pickle.dumps(ml, proto))
    print(type(bml).__name__, bml, bml.tag)
    md = MyDict(a=1)
    print(type(pickle.loads(pickle.dumps(md, proto))).__name__)
    if proto >= 2:
        na = pickle.loads(pickle.dumps(NewArgs(5, "e"), proto))
        print(na, na.extra, type(na).__name__)

print(pickle.dumps([P(), P()], 4))
print(pickle.dumps({"a": (1, 2.5, None)}, 2))
print(pickle.dumps(Reduced(1, 2), 3))
print(pickle.dumps(WithState(), 5))
print(pickle.dumps(Outer.Inner, 4), pickle.dumps(Slotted(), 4))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
def local():
    class L:
        pass
    return L()
for bad in [local(), lambda: 0]:
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at ")[0])
for data in [b"", b"\x80\x04K", b"zz", b"\x80\x09N.", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01"]:
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print(e)
try:
    pickle.loads("str")
except TypeError as e:
    print(e)
class Sink:
    def __init__(self): self.parts = []
    def write(self, b): self.parts.append(b)
s = Sink()
pickle.dump({"x": 1}, s, protocol=2)
print(b"".join(s.parts))
class Src:
    def __init__(self, data): self.data = data; self.pos = 0
    def read(self, n):
        r = self.data[self.pos:self.pos + n]; self.pos += len(r); return r
    def readline(self):
        i = self.data.find(b"\n", self.pos)
        i = len(self.data) if i < 0 else i + 1
        r = self.data[self.pos:i]; self.pos = i; return r
src = Src(pickle.dumps([1, "two"], 0) + pickle.dumps({3}, 4))
print(pickle.load(src), pickle.load(src))
