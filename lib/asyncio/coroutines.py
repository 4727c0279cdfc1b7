"""Recognising coroutines and coroutine functions."""

__all__ = ('iscoroutine', 'iscoroutinefunction')

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


async def _sample():
    pass


_probe = _sample()
_CoroutineType = type(_probe)
_probe.close()
del _probe


def iscoroutine(obj):
    """Whether obj is a coroutine object."""
    if isinstance(obj, _CoroutineType):
        return True
    cls = type(obj)
    return all(hasattr(cls, name) for name in ('send', 'throw', 'close', '__await__'))


def iscoroutinefunction(func):
    """Whether func is a coroutine function (async def, or marked as one)."""
    while hasattr(func, '__func__'):
        func = func.__func__
    while hasattr(func, 'func') and hasattr(func, 'args') and hasattr(func, 'keywords'):
        func = func.func
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


_is_coroutine = object()
