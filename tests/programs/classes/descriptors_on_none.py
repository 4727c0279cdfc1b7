# None is an instance like any other for attribute lookup: native descriptors found on its
# type bind to it (only `descr.__get__(None, owner)` means access through the class).
print(None.__class__, getattr(None, "__class__"))
print(type(None.__repr__).__name__, None.__repr__(), None.__eq__(None), None.__ne__(1))
print(None.__hash__() == hash(None), None.__str__(), None.__format__(""))
print(None.__init__.__name__, type(None.__init__).__name__)
d = object.__dict__["__class__"]
print(d.__get__(None, type(None)) is d, d.__get__(1, int), d.__get__(None, int) is d)
r = int.__dict__["real"]
print(r.__get__(None, int) is r, r.__get__(5))
print(type(None).__repr__(None), type(None).__dict__["__repr__"].__get__(None, type(None)))


class A:
    x = property(lambda s: 1)

    def m(self):
        return "m"

    @classmethod
    def c(cls):
        return cls.__name__


print(type(A.x).__name__, A.m.__name__, A.c(), A().c(), A().x)
print(A.__dict__["m"].__get__(None, A) is A.__dict__["m"])
print(A.__dict__["x"].__get__(None, A) is A.__dict__["x"])


class B(A):
    def m(self):
        return super().m()


print(B().m(), super(B, B).m.__name__, super(B, B()).c())
