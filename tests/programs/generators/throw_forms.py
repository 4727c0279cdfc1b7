# gen.throw() with every signature form, and its errors.
import sys
sys.stderr = sys.stdout
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("got", type(e).__name__, e.args)

g = catcher()
g.__next__()
g.throw(ValueError)
g.throw(ValueError("inst"))
g.throw(ValueError, "val")
g.throw(ValueError, ("a", "b"))
g.throw(ValueError, None)
g.throw(KeyError, None, None)
e = IndexError(7)
g.throw(IndexError, e)

for bad in [(1,), (ValueError("x"), "y"), (ValueError, None, 5)]:
    try:
        g.throw(*bad)
    except TypeError as err:
        print("TypeError:", err)

try:
    g.throw()
except TypeError as err:
    print("TypeError:", err)

def fresh():
    yield 1

f = fresh()
try:
    f.throw(KeyError("k"))
except KeyError as err:
    print("unstarted throw raises", repr(err))
print(f.gi_frame is None)
try:
    f.__next__()
except StopIteration:
    print("exhausted after throw")

def value_on_throw():
    try:
        yield 1
    except ZeroDivisionError:
        yield "handled"

v = value_on_throw()
v.__next__()
print(v.throw(ZeroDivisionError))
