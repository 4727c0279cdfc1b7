# isinstance/issubclass with tuples, __instancecheck__, __subclasscheck__, __bases__.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__)
        return obj == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__)
        return sub is int

class Magic(metaclass=Meta):
    pass

print(isinstance(42, Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(Magic(), Magic))
print(isinstance(1, (str, (float, int))), issubclass(bool, (str, int)), isinstance(1, ()))

class Fake:
    __bases__ = ()
class FakeChild:
    __bases__ = (Fake,)
print(issubclass(FakeChild, Fake))

for args in [(1, 1), (int, 1)]:
    try:
        issubclass(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1)
except TypeError as e:
    print("TypeError:", e)

class Proxy:
    @property
    def __class__(self):
        return int
p = Proxy()
print(isinstance(p, int), isinstance(p, Proxy), type(p).__name__)
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
