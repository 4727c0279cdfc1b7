# Metaclasses: __prepare__, __new__/__init__ with keywords, __call__, metaclass conflicts.
class Ordered(dict):
    def __setitem__(self, k, v):
        print("define", k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Ordered()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, type(ns).__name__, kw)
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("call", cls.__name__, args)
        return super().__call__(*args)

class Base(metaclass=Meta, flag=True):
    a = 1
    def f(self):
        return 2

class Child(Base):
    b = 3

print(type(Child).__name__, Child().f(), isinstance(Child, Meta))

class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)

class M3(M1): pass
class W(X, metaclass=M3): pass
print(type(W).__name__)

def func_meta(name, bases, ns, **kw):
    print("func_meta", name, bases, sorted(ns), kw)
    return 42
class V(metaclass=func_meta, k=1):
    x = 1
print(V)

class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 1
try:
    class T(metaclass=BadPrep): pass
except TypeError as e:
    print("TypeError:", e)
