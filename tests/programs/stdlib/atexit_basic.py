# atexit: callbacks run last registered first at exit; unregister; errors are reported
import sys
import atexit


HERE = __file__.rpartition("/")[0] + "/"


class Out:
    # addresses and the script's folder are left out
    def write(self, s):
        s = s.replace(HERE, "")
        while " at 0x" in s:
            i = s.index(" at 0x")
            s = s[:i] + s[s.index(">", i):]
        sys.stdout.write(s)

    def flush(self):
        pass


def first():
    print("first registered, runs last")


def failing():
    raise ValueError("callback failed")


def with_args(*a, **k):
    print("with args", a, k)


def redirect():
    sys.stderr = Out()


print(atexit.register(first) is first)
atexit.register(failing)
atexit.register(with_args, 1, 2, key="v")
atexit.register(print, "unregistered")
atexit.unregister(print)
atexit.register(redirect)
try:
    atexit.register(5)
except TypeError as e:
    print("TypeError", e)
print("end of program")
