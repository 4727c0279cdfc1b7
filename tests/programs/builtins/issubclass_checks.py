# issubclass with classes, tuples and __subclasscheck__, and its errors.
class A: pass
class B(A): pass
class C: pass
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object))
print(issubclass(B, (C, A)), issubclass(B, (C, (int, A))), issubclass(B, ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, LookupError))
class Meta(type):
    def __subclasscheck__(cls, sub):
        print("check", sub.__name__)
        return sub is int
class Any(metaclass=Meta): pass
print(issubclass(int, Any), issubclass(str, Any), issubclass(int, (C, Any)))
print(isinstance(3, (str, (bytes, int))), isinstance(B(), A), isinstance(A(), B))
for args in [(1, int), (int, 1), (int, (1,)), (int,), (int, int, int)]:
    try:
        issubclass(*args)
    except TypeError as e:
        print(e)
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
