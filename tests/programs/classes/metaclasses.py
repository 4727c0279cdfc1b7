# Metaclasses: __new__, __init__, __call__, __prepare__ and class keywords.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return {"injected": "by prepare"}

    def __new__(mcls, name, bases, ns, **kwargs):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kwargs
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("init", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kwargs)


class Model(metaclass=Meta, table="models", strict=True):
    field = 1

    def __init__(self, v):
        self.v = v


m = Model(5)
print(m.v, Model.options, Model.injected, type(Model).__name__)


class SubModel(Model, table="sub"):
    pass


print(SubModel.options, type(SubModel) is Meta)


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls


class A(metaclass=Registry):
    pass


class B(A):
    pass


print(Registry.classes)
Dynamic = type("Dynamic", (A,), {"attr": 42, "method": lambda self: "dyn"})
print(Dynamic.attr, Dynamic().method(), Registry.classes, Dynamic.__mro__[1].__name__)
try:
    class Bad(metaclass=Meta, unknown=1, **{"x": 2}):
        pass
except TypeError as e:
    print("TypeError:", e)
