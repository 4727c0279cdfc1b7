# Bound methods: __self__, __func__, equality, repr shape, classmethod and staticmethod wrappers.
class A:
    def m(self):
        return "m"
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s(x):
        return x

a = A()
bm = a.m
print(bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__, bm())
print(a.m == a.m, a.m is a.m, a.m == A().m, a.m != a.c)
print(type(bm).__name__, type(A.m).__name__, type(A.c).__name__, type(A.s).__name__)
print(A.c.__self__ is A, A.c.__func__ is A.__dict__["c"].__func__, a.c())
sm = A.__dict__["s"]
print(type(sm).__name__, sm.__func__ is A.s, sm.__wrapped__ is A.s, sm(5), A.s(6))
cm = A.__dict__["c"]
print(cm.__wrapped__ is cm.__func__, cm.__isabstractmethod__)
bm.__func__.tag = "tagged"
print(bm.tag)
try:
    bm.other = 1
except AttributeError as e:
    print("AttributeError:", e)
def free(self, y):
    return (self, y)
MethodType = type(a.m)
b = MethodType(free, 10)
print(b(20), b.__self__)
try:
    MethodType(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(staticmethod(len)("abc"), classmethod(free).__func__ is free)
try:
    classmethod(1)(2)
except TypeError as e:
    print("TypeError:", e)
