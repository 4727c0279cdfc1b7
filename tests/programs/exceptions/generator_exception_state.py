# sys.exception() inside a generator: its own handled exception, else the caller's.
import sys
def gen():
    yield repr(sys.exception())
    try:
        raise KeyError("in gen")
    except KeyError:
        yield repr(sys.exception())
    yield repr(sys.exception())
try:
    raise IndexError("caller")
except IndexError:
    for x in gen():
        print(x, repr(sys.exception()))
print(repr(sys.exception()))
for x in gen():
    print(x)
