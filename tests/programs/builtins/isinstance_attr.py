# isinstance/issubclass with tuples and unions, getattr/setattr/hasattr/delattr.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, int | float))
print(isinstance([], (list, tuple)), issubclass(bool, (str, int)), issubclass(int, object), isinstance(int, type))
print(isinstance(None, type(None)), isinstance(type, type), isinstance(object, type), issubclass(type, object))


class A:
    x = 1


a = A()
print(getattr(a, "x"), getattr(a, "y", "default"), hasattr(a, "x"), hasattr(a, "y"))
setattr(a, "y", 2)
print(a.y, vars(a))
delattr(a, "y")
print(hasattr(a, "y"))
try:
    getattr(a, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "special"

    def __subclasscheck__(cls, sub):
        return sub is int


class Virtual(metaclass=Meta):
    pass


print(isinstance("special", Virtual), isinstance("other", Virtual), issubclass(int, Virtual), issubclass(str, Virtual))
setattr(A, "dynamic", lambda self: "method added")
print(a.dynamic(), callable(a.dynamic), callable(5), callable(A))
