# Importing a module that does not exist.
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e.msg)
import another_missing_module
