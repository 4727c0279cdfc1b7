# Subclasses of builtin types carry the builtin's value and keep its operations.
class MyInt(int):
    def double(self):
        return self * 2
class MyList(list):
    def total(self):
        n = 0
        for x in self:
            n += x
        return n
class MyDict(dict):
    def __missing__(self, key):
        return f"missing {key}"
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class MyTuple(tuple):
    pass

i = MyInt(21)
print(i, i.double(), i + 1, type(i + 1).__name__, isinstance(i, int), type(i).__name__)
l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), type(l).__mro__)
d = MyDict(a=1)
print(d["a"], d["b"], len(d))
e = MyErr(7, "boom")
print(e, e.code, e.args, isinstance(e, Exception))
try:
    raise MyErr(1, "raised")
except Exception as caught:
    print(type(caught).__name__, caught)
t = MyTuple((1, 2))
print(t, len(t), t[1])
i.attr = "has dict"
print(i.attr, i.__dict__)
class Fl(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(Fl(1.5), type(Fl(1.5)).__name__)
class B(int):
    def __repr__(self):
        return "B!"
print(repr(B(3)), B(3) + 0, int(B(3)))
