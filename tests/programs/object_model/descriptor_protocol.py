# Data and non-data descriptors, precedence against the instance dict, __set_name__.
class Trace:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"class access {self.name}"
        return f"get {self.name}"
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__[f"_{self.name}"] = value
    def __delete__(self, obj):
        print("delete", self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class GetOnlyData:
    def __get__(self, obj, objtype=None):
        return "data-get"
    def __set__(self, obj, value):
        raise AttributeError("read-only")

class C:
    x = Trace()
    y = Trace()
    nd = NonData()
    g = GetOnlyData()

c = C()
print(c.x, C.x)
c.x = 5
print(c.__dict__)
del c.x
c.__dict__["x"] = "shadow?"
print(c.x)
c.__dict__["nd"] = "instance"
print(c.nd, C.nd)
c.__dict__["g"] = "instance"
print(c.g)
try:
    c.g = 1
except AttributeError as e:
    print("AttributeError:", e)

class Late:
    pass
t = Trace()
Late.z = t
print(hasattr(t, "name"))

class Owner:
    def __init__(self):
        self.v = 3
    def method(self):
        return self.v
f = Owner.__dict__["method"]
print(f.__get__(Owner())(), f.__get__(None, Owner) is f)
bm = f.__get__(Owner(), Owner)
print(type(bm).__name__, bm.__func__ is f)
