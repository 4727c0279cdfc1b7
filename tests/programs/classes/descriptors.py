# Data and non-data descriptors, lookup precedence, and __getattr__/__getattribute__.
class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data"


class Data:
    def __get__(self, obj, objtype=None):
        return "data"

    def __set__(self, obj, value):
        obj.__dict__["data_set"] = value


class C:
    nd = NonData()
    d = Data()

    def __getattr__(self, name):
        return f"__getattr__({name})"


c = C()
print(c.nd, c.d, c.missing)
c.__dict__["nd"] = "instance wins over non-data"
c.__dict__["d"] = "instance loses to data"
print(c.nd, c.d)
c.d = "set via descriptor"
print(c.__dict__["data_set"], C.nd, C.d)


class Tracing:
    def __init__(self):
        self.real = 1

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback {name}"

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)

    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)


t = Tracing()
t.num = 21
print(t.real, t.num, t.secret_key, t.other)
del t.num
print(t.num)


class Method:
    def m(self):
        return "method"


f = Method.__dict__["m"]
print(f.__get__(Method())(), f.__get__(None, Method) is f)
