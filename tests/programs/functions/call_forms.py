# Every call form: methods, builtins, keyword forms, unpacking in all positions.
def f(*args, **kwargs):
    return args, kwargs


print(f(1, 2, *[3, 4], 5, *(), a=1, **{"b": 2}, c=3, **{}))
print(f(*[1], *[2], **{"x": 1}, **{"y": 2}))
print(f(a=1)(f) if False else f(f(1)))
args = (1, 2)
print(divmod(*args), max(*args, 0), "{}-{}".format(*args))
print("a,b,c".split(","), "a,b,c".split(",", maxsplit=1), "abc".upper())
m = "abc".replace
print(m("b", "B"))
print(getattr(f, "__name__"), (f)(1), [f][0](2), {"k": f}["k"](3))
kwargs = {"sep": "|", "end": "!\n"}
print("x", "y", **kwargs)


class C:
    def method(self, *a, **k):
        return a, k

    @staticmethod
    def static(x):
        return x

    @classmethod
    def klass(cls, x):
        return cls.__name__, x


c = C()
print(c.method(1, k=2), C.method(c, 3), C.static(4), c.static(5), C.klass(6), c.klass(7))
print(f(*"ab", **dict(z=1)), f(**{"key with space": 1}))
many = f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
         k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9)
print(len(many[0]), len(many[1]))
print(f(
    1,
    2,
)[0])
