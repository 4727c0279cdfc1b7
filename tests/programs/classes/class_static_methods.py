# classmethod and staticmethod, called on classes, instances and subclasses.
class Base:
    count = 0

    def __init__(self):
        type(self).count += 1

    @classmethod
    def create(cls, *args):
        return cls(*args)

    @classmethod
    def name(cls):
        return cls.__name__

    @staticmethod
    def helper(x):
        return x * 2

    @staticmethod
    def no_args():
        return "static, no args"


class Derived(Base):
    pass


a = Base.create()
b = Derived.create()
c = Derived()
print(type(a).__name__, type(b).__name__, Base.count, Derived.count)
print(Base.name(), Derived.name(), c.name(), Base.helper(4), c.helper(5), Derived.no_args())
print(type(Base.__dict__["create"]).__name__, type(Base.__dict__["helper"]).__name__)
print(Base.helper.__name__, Base.create.__self__ is Base, Derived.create.__self__ is Derived)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls)
print(sm("abc"), callable(sm), Base.__dict__["helper"].__func__(21))


class WithCM:
    f = cm


print(WithCM.f() is WithCM, WithCM().f() is WithCM)
