# Method lookup and calls: bound methods, unbound functions, method caching edge cases.
class C:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def add(self, n):
        self.v += n
        return self


c = C(1)
bound = c.get
print(bound(), C.get(c), c.add(2).add(3).get(), bound())
print(bound.__self__ is c, bound.__func__ is C.get, bound.__name__)
c.get = lambda: "instance attribute shadows method"
print(c.get(), C.get(c))
del c.get
print(c.get())
C.get = lambda self: f"patched {self.v}"
print(c.get())
print([C(i).add(1).v for i in range(3)])
m = "hello".upper
print(m(), "x".join(["a", "b"]), [1, 2].__len__(), (3).__add__(4))
s = [3, 1, 2]
s.sort(reverse=True)
print(s, s.copy().pop(), str.upper("direct"))
