# sys.unraisablehook / __unraisablehook__, sys.stdlib_module_names
import sys



class Out:
    # addresses are left out
    def write(self, s):
        while " at 0x" in s:
            i = s.index(" at 0x")
            s = s[:i] + s[s.index(">", i):]
        sys.stdout.write(s)

    def flush(self):
        pass


sys.stderr = Out()
print(sys.unraisablehook is sys.__unraisablehook__, sys.__unraisablehook__.__name__)


class A:
    def __del__(self):
        raise ValueError("in del")


def hook(u):
    print("hook:", type(u).__name__, u.exc_type.__name__, u.exc_value, u.exc_traceback is not None, u.err_msg, u.object is A.__del__)
    print(len(u), u[0].__name__, u.exc_value is u[1])


sys.unraisablehook = hook
a = A()
del a
print("after first")


def bad(u):
    raise KeyError("bad hook")


sys.unraisablehook = bad
a = A()
del a
print("after second")
sys.unraisablehook = sys.__unraisablehook__
a = A()
del a
print("after third")
for arg in [1, None, (1, 2, 3, 4, 5)]:
    try:
        sys.__unraisablehook__(arg)
    except TypeError as e:
        print("TypeError", e)

sys.stderr = sys.__stderr__
names = sys.stdlib_module_names
print(type(names).__name__, len(names))
for n in ["sys", "os", "marshal", "warnings", "_warnings", "re", "asyncio", "tkinter", "winreg", "this", "antigravity", "__future__"]:
    print(n, n in names)
print("numpy" in names, "pip" in names, "test" in names)
print(sorted(names)[:5])
