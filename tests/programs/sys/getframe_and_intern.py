# sys._getframe, sys.intern, sys.getrefcount, sys.getsizeof basics.
import sys
def where():
    f = sys._getframe()
    caller = sys._getframe(1)
    return type(f).__name__, f is caller
def outer():
    return where()
print(outer())
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
a = sys.intern("hello world" * 1)
b = sys.intern("hello world")
print(a is b, a == b)
try:
    sys.intern(1)
except TypeError as e:
    print(e)
print(type(sys.getrefcount(object())).__name__, sys.getrefcount(None) > 0)
print(type(sys.getsizeof([])).__name__, sys.getsizeof(1, 5) > 0)
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
