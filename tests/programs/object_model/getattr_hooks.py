# __getattr__, __getattribute__, __setattr__, __delattr__ and object's defaults.
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name == "computed":
            return "from getattribute"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"missing:{name}"
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

o = Logged()
o.a = 1
print(o.a, o.computed, o.nothing)
del o.a
print(o.a, o.log)
try:
    del o.zzz
except AttributeError as e:
    print("AttributeError:", e)

class Raiser:
    def __getattribute__(self, name):
        raise AttributeError(f"no {name}")
    def __getattr__(self, name):
        return f"rescued {name}"
print(Raiser().x)

class Plain:
    pass
p = Plain()
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e, e.name, e.obj is p)
try:
    Plain.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(p, 1, 2)
except TypeError as e:
    print("TypeError:", e)
print(getattr(p, "nope", "default"), hasattr(p, "nope"))
setattr(p, "dyn", 5)
print(p.dyn, vars(p))
delattr(p, "dyn")
print(vars(p))
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError:", e)
print(object.__getattribute__(p, "__class__").__name__)
