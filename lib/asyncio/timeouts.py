"""The timeout() and timeout_at() asynchronous context managers."""

from . import events
from . import tasks
from .exceptions import CancelledError

__all__ = ('Timeout', 'timeout', 'timeout_at')


class Timeout:
    """Cancels the task running its block when the deadline passes, and then
    raises TimeoutError out of the block."""

    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False
        self._entered = False

    def when(self):
        return self._when

    def reschedule(self, when):
        """Moves the deadline (None: no deadline)."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._when = when
        if when is not None and self._task is not None:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._handle = loop.call_soon(self._on_timeout)
            else:
                self._handle = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._expired

    def __repr__(self):
        state = 'expired' if self._expired else ('active' if self._entered else 'created')
        return f'<Timeout [{state}] when={self._when}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('Timeout has already been entered')
        self._entered = True
        self._task = tasks.current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired:
            self._task.uncancel()
            if exc_type is CancelledError or (exc_type is not None and issubclass(exc_type, CancelledError)):
                raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._expired = True
        self._handle = None


def timeout(delay):
    """A Timeout of delay seconds from now (None: none)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout at the loop time when (None: none)."""
    return Timeout(when)
