# sys.modules, sys.argv, and the builtins module.
import sys
import builtins
print(sys.modules["sys"] is sys, sys.modules["builtins"] is builtins)
print("__main__" in sys.modules, sys.modules["__main__"].__name__)
print(len(sys.argv), type(sys.argv[0]).__name__)
print(builtins.len is len, builtins.__name__)
print(type(sys.modules).__name__, type(sys.path).__name__)
print(__name__, __builtins__ is builtins or __builtins__ is builtins.__dict__)
