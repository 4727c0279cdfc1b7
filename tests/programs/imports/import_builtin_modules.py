# Importing other built-in modules through __import__ and attributes of the module object.
import sys
mod = __import__("sys")
print(mod is sys)
b = __import__("builtins", globals(), locals(), ["len"], 0)
print(b.len([1, 2]))
print(sorted(name for name in ("path", "modules", "argv", "exit") if hasattr(sys, name)))
print(sys.modules["sys"] is sys, sys.modules["__main__"].__name__)
this = sys.modules[__name__]
this.dynamic_global = "set through the module object"
print(dynamic_global)
print(sys.intern("abc") == "abc", sys.getsizeof(0) > 0, isinstance(sys.float_info.max, float))
