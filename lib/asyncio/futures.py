"""Future: the result of an operation that completes later, awaited by
coroutines and resolved by callbacks of the event loop."""

from . import events
from .exceptions import CancelledError, InvalidStateError

__all__ = ('Future', 'isfuture', 'wrap_future')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Whether obj is a Future (or an object behaving as one)."""
    return (not isinstance(obj, type)
            and getattr(obj, '_asyncio_future_blocking', None) is not None)


def _cut(text, limit):
    if len(text) <= limit:
        return text
    i = max(0, (limit - 3) // 2)
    j = max(0, limit - 3 - i)
    return text[:i] + '...' + text[len(text) - j:]


def _possibly_sorted(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _short_iterable(x, level, left, right, limit, trail=''):
    n = len(x)
    if level <= 0 and n:
        body = '...'
    else:
        pieces = []
        for elem in x:
            if len(pieces) == limit:
                break
            pieces.append(_short_repr(elem, level - 1))
        if n > limit:
            pieces.append('...')
        body = ', '.join(pieces)
        if n == 1 and trail:
            right = trail + right
    return f'{left}{body}{right}'


def _short_repr(x, level=6):
    """repr(x) shortened as reprlib.repr shortens it (results in reprs)."""
    kind = type(x).__name__.replace(' ', '_')
    if kind == 'str':
        text = repr(x[:30])
        if len(text) > 30:
            text = repr(x[:13] + x[len(x) - 14:])
            text = text[:13] + '...' + text[len(text) - 14:]
        return text
    if kind == 'int':
        return _cut(repr(x), 40)
    if kind == 'list':
        return _short_iterable(x, level, '[', ']', 6)
    if kind == 'tuple':
        return _short_iterable(x, level, '(', ')', 6, ',')
    if kind == 'set':
        if not x:
            return 'set()'
        return _short_iterable(_possibly_sorted(x), level, '{', '}', 6)
    if kind == 'frozenset':
        if not x:
            return 'frozenset()'
        return _short_iterable(_possibly_sorted(x), level, 'frozenset({', '})', 6)
    if kind == 'dict':
        if not x:
            return '{}'
        if level <= 0:
            return '{...}'
        pieces = []
        for key in _possibly_sorted(x)[:4]:
            pieces.append(f'{_short_repr(key, level - 1)}: {_short_repr(x[key], level - 1)}')
        if len(x) > 4:
            pieces.append('...')
        return '{' + ', '.join(pieces) + '}'
    try:
        text = repr(x)
    except Exception:
        return f'<{type(x).__name__} instance at {id(x):#x}>'
    return _cut(text, 30)


def _function_source(func):
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    if type(func) is _FunctionType:
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if _is_partial(func):
        return _function_source(func.func)
    return None


def _is_partial(func):
    return type(func).__name__ in ('partial', 'partialmethod') and hasattr(func, 'func')


def _format_args(args, kwargs):
    parts = [_short_repr(a) for a in args or ()]
    parts.extend(f'{k}={_short_repr(v)}' for k, v in (kwargs or {}).items())
    return '(' + ', '.join(parts) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if _is_partial(func):
        suffix = _format_args(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + _format_args(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def _format_callbacks(callbacks):
    n = len(callbacks)
    if n == 1:
        body = _format_callback_source(callbacks[0], ())
    elif n == 2:
        body = f'{_format_callback_source(callbacks[0], ())}, {_format_callback_source(callbacks[1], ())}'
    else:
        body = (f'{_format_callback_source(callbacks[0], ())}, <{n - 2} more>, '
                f'{_format_callback_source(callbacks[-1], ())}')
    return f'cb=[{body}]'


def _FunctionType_probe():
    pass


_FunctionType = type(_FunctionType_probe)


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={_short_repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


class Future:
    """The eventual result of an operation."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else events.get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None
        self._repr_running = False

    def __repr__(self):
        if self._repr_running:
            return '...'
        self._repr_running = True
        try:
            return f"<{type(self).__name__} {' '.join(self._repr_info())}>"
        finally:
            self._repr_running = False

    def _repr_info(self):
        return _future_repr_info(self)

    def get_loop(self):
        return self._loop

    def cancel(self, msg=None):
        """Cancels the future; False if it is already done."""
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        """The result; raises the exception set, or CancelledError."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        """The exception set (None if a result was set)."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Calls fn(future) once the future is done."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        """Removes fn from the callbacks; returns how many were removed."""
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type) and issubclass(exception, BaseException):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def wrap_future(future, *, loop=None):
    """future itself when it is an asyncio Future."""
    if isfuture(future):
        return future
    raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
