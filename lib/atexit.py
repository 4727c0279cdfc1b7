"""atexit: functions called, last registered first, when the interpreter exits."""

import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    """Call func(*args, **kwargs) at exit; returns func (so it can be a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Forget every registration of func."""
    _callbacks[:] = [c for c in _callbacks if not (c[0] == func)]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            if sys.stderr is None:
                continue
            try:
                shown = repr(func)
            except Exception:
                shown = "<object repr() failed>"
            import traceback
            sys.stderr.write("Exception ignored in atexit callback: %s\n" % shown)
            traceback.print_exception(type(e), e, e.__traceback__.tb_next, file=sys.stderr)
