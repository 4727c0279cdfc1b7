import sys
# sys.exc_info() and sys.exception() inside and outside handlers, nested and restored.
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    print("in outer:", repr(sys.exception()), sys.exc_info()[0].__name__)
    try:
        raise KeyError("inner")
    except KeyError:
        print("in inner:", repr(sys.exception()))
    print("back in outer:", repr(sys.exception()))
print("after:", sys.exception())


def handler_in_function():
    return repr(sys.exception())


try:
    raise TypeError("visible to callee")
except TypeError:
    print(handler_in_function())


def finally_state():
    try:
        raise IndexError("in try")
    finally:
        print("finally sees:", repr(sys.exception()))


try:
    finally_state()
except IndexError:
    pass
tb = None
try:
    raise ValueError
except ValueError:
    tb = sys.exc_info()[2]
print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
