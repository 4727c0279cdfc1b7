# raise with classes, instances, from, from None, and bare re-raise.
def catch(fn):
    try:
        fn()
    except BaseException as e:
        return f"{type(e).__name__}({', '.join(map(repr, e.args))}) cause={e.__cause__!r} context={e.__context__!r} suppress={e.__suppress_context__}"


def raise_class():
    raise ValueError


def raise_instance():
    raise ValueError("msg", 2)


def raise_from():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise KeyError("k") from exc


def raise_from_none():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None


def raise_from_class():
    raise KeyError("k") from IndexError


def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        raise


def implicit_context():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")


for fn in [raise_class, raise_instance, raise_from, raise_from_none, raise_from_class, reraise, implicit_context]:
    print(fn.__name__, "->", catch(fn))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
