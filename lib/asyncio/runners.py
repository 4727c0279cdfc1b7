"""asyncio.run and the Runner that it uses."""

from . import events
from . import tasks
from .coroutines import iscoroutine
from .exceptions import CancelledError

__all__ = ('Runner', 'run')


class Runner:
    """Runs coroutines on an event loop of its own, closed at the end."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._closed = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, *exc):
        self.close()

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def _lazy_init(self):
        if self._closed:
            raise RuntimeError('Runner is closed')
        if self._loop is None:
            factory = self._loop_factory or events.new_event_loop
            self._loop = factory()
            if self._loop_factory is None:
                events.set_event_loop(self._loop)
            if self._debug is not None:
                self._loop.set_debug(self._debug)

    def run(self, coro, *, context=None):
        """Runs coro to completion; returns its result."""
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro)
        try:
            return self._loop.run_until_complete(task)
        except KeyboardInterrupt:
            if not task.done():
                task.cancel()
            raise

    def close(self):
        """Cancels the remaining tasks and closes the loop."""
        if self._closed or self._loop is None:
            self._closed = True
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
        finally:
            if self._loop_factory is None:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._closed = True


def _cancel_all_tasks(loop):
    pending = tasks.all_tasks(loop)
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(tasks.gather(*pending, return_exceptions=True))
    for task in pending:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(), 'task': task})


def run(main, *, debug=None):
    """Runs the coroutine main on a new event loop; returns its result."""
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    with Runner(debug=debug) as runner:
        return runner.run(main)
