# __import__ called directly: its parameters by position and keyword, its errors, and the
# module it returns with and without a fromlist.
import sys

print(__import__("sys").__name__, __import__(name="sys", fromlist=["path"]).__name__)
print(__import__("importlib.util").__name__, __import__("importlib.util", fromlist=["x"]).__name__)
print(__import__("sys", None, None, (), 0) is sys)
for args, kwargs in [
    ((), {}),
    (("sys",), {"x": 1}),
    ((5,), {}),
    (("",), {}),
    (("sys",), {"level": -1}),
    (("x",), {"level": 1}),
    (("x",), {"globals": {"__package__": "a"}, "level": 2}),
    (("x",), {"globals": {"__package__": 5}, "level": 1}),
    (("no_such_module_here",), {}),
    (("sys.nothing",), {}),
    (("importlib.nothing",), {}),
    (("importlib",), {"fromlist": [1]}),
]:
    try:
        __import__(*args, **kwargs)
        print("ok", args, kwargs)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "name", "-"))

sys.modules["blocked_module"] = None
try:
    import blocked_module
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(e, e.name, e.path)
