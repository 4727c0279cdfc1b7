# Failing imports raise ImportError / ModuleNotFoundError with details.
try:
    import module_that_does_not_exist_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import sys.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
