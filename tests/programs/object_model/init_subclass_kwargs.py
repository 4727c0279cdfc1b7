# __init_subclass__ with keyword arguments, __set_name__ order, __class_getitem__.
class Registry:
    members = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.members.append(cls.__name__)

class A(Registry, tag="a"): pass
class B(A): pass
print(Registry.members, A.tag, B.tag)

try:
    class C(Registry, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class D(unexpected=True): pass
except TypeError as e:
    print("TypeError:", e)

class Named:
    def __init__(self, label):
        self.label = label
    def __set_name__(self, owner, name):
        print("set_name", self.label, owner.__name__, name)

class Host:
    first = Named(1)
    second = Named(2)
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)

class Sub(Host):
    third = Named(3)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box[1, 2])

class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)

print(object.__init_subclass__.__name__, type(object.__dict__["__init_subclass__"]).__name__)
