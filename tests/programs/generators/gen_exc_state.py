# The exception being handled is saved and restored around a generator's yields.
import sys

def inside_handler():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])

g = inside_handler()
print(g.__next__())
print("caller sees", sys.exc_info()[1])
try:
    raise KeyError("outer")
except KeyError:
    print(g.__next__())
    print("caller still sees", repr(sys.exc_info()[1]))
    print(g.__next__())

def reports():
    while True:
        yield repr(sys.exc_info()[1])

r = reports()
print(r.__next__())
try:
    raise TypeError("t")
except TypeError:
    print(r.__next__())
print(r.__next__())

def context_of_throw():
    try:
        raise IndexError("first")
    except IndexError:
        try:
            yield
        except KeyError as e:
            yield repr(e.__context__)

c = context_of_throw()
c.__next__()
print(c.throw(KeyError("second")))
