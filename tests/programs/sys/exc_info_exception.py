# sys.exc_info() and sys.exception() inside and outside handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is e.__traceback__, sys.exception() is e)
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def gen():
    try:
        raise TypeError("t")
    except TypeError:
        yield sys.exception()
g = gen()
for x in g:
    print(type(x).__name__, sys.exception())
    break
