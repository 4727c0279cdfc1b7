# Module objects: the module type, __dict__, __name__, repr, attribute errors, __getattr__.
import sys
mod = sys.modules[__name__]
print(type(mod).__name__, mod.__name__, mod.__dict__ is globals(), repr(sys))
ModuleType = type(sys)
m = ModuleType("fresh", "the doc")
print(m.__name__, m.__doc__, m.__dict__["__name__"], sorted(m.__dict__))
print(repr(m))
m.x = 1
print(m.x, "x" in dir(m))
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
def module_getattr(name):
    return f"lazy {name}"
m.__getattr__ = module_getattr
print(m.anything)
del m.__getattr__
del m.__name__
try:
    m.other
except AttributeError as e:
    print("AttributeError:", e)
print(repr(m))
try:
    ModuleType()
except TypeError as e:
    print("TypeError:", e)
try:
    ModuleType(1)
except TypeError as e:
    print("TypeError:", e)
m2 = ModuleType("annot")
m2.__annotations__ = {"a": int}
print(m2.__annotations__)
