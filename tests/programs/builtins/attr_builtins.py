# getattr/setattr/delattr/hasattr and their errors.
class A:
    cls_attr = "c"
    def __init__(self):
        self.x = 1
a = A()
print(getattr(a, "x"), getattr(a, "cls_attr"), getattr(a, "missing", "default"))
print(hasattr(a, "x"), hasattr(a, "missing"), hasattr(A, "__init__"))
setattr(a, "y", 2)
print(a.y, vars(a))
delattr(a, "y")
print(vars(a), hasattr(a, "y"))
try:
    getattr(a, "missing")
except AttributeError as e:
    print(e)
try:
    delattr(a, "missing")
except AttributeError as e:
    print(e)
for call in [lambda: getattr(a), lambda: getattr(a, 1), lambda: getattr(a, "x", 1, 2),
             lambda: setattr(a, "x"), lambda: delattr(a), lambda: hasattr(a, None),
             lambda: getattr(a, "x", default=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
class Dyn:
    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("boom")
        return name
d = Dyn()
print(getattr(d, "anything"), hasattr(d, "other"))
try:
    hasattr(d, "boom")
except ValueError as e:
    print("ValueError", e)
class Guarded:
    def __setattr__(self, name, value):
        print("set", name, value)
    def __delattr__(self, name):
        print("del", name)
g = Guarded()
setattr(g, "k", 3)
delattr(g, "k")
