# Dunder protocols the operators and builtins dispatch: reflected and in-place operators,
# comparisons with reflection, __bool__/__len__, __iter__/__getitem__ fallback, __contains__,
# __call__, __index__, __enter__/__exit__.
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"V({self.n})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.n + o.n)
        return NotImplemented
    def __radd__(self, o):
        return V(o + self.n)
    def __iadd__(self, o):
        self.n += o
        return self
    def __lt__(self, o):
        print("lt", self, o)
        return NotImplemented
    def __gt__(self, o):
        print("gt", self, o)
        return self.n > o.n
    def __eq__(self, o):
        return isinstance(o, V) and self.n == o.n
    __hash__ = None

class W(V):
    def __radd__(self, o):
        return "W.__radd__ first"
    def __gt__(self, o):
        print("W.gt", self, o)
        return True

print(V(1) + V(2), 3 + V(4), V(1) + W(2))
v = V(1)
v += 5
print(v)
print(V(1) < V(2), V(1) < W(2))
print(V(1) == V(1), V(1) != V(2), V(1) == 1)
try:
    V(1) + 1
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError:", e)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq())

class Sized:
    def __len__(self):
        return 0
class Truth:
    def __bool__(self):
        return False
print(bool(Sized()), bool(Truth()), not Truth(), bool(object()))

class Cont:
    def __contains__(self, x):
        return x == "yes"
    def __call__(self, *a, **k):
        return (a, k)
    def __index__(self):
        return 2
c = Cont()
print("yes" in c, "no" in c, c(1, k=2), [10, 20, 30][c], (1, 2, 3)[c:])

class Ctx:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return True
with Ctx() as got:
    print("inside", got)
    raise ValueError("swallowed")
print("after")

class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(V(1))
except TypeError as e:
    print("TypeError:", e)
try:
    V(1)()
except TypeError as e:
    print("TypeError:", e)
