"""The event loop: ready callbacks, timers ordered by their time, running
futures to completion, and the current and running loops."""

import time as _time

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop',
           'get_running_loop', 'new_event_loop', 'set_event_loop',
           '_get_running_loop')


class Handle:
    """A callback scheduled by call_soon."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop')

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            from .futures import _format_callback_source
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return '<{}>'.format(' '.join(self._repr_info()))

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            from .futures import _format_callback_source
            cb = _format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {cb}',
                'exception': exc, 'handle': self})


class TimerHandle(Handle):
    """A callback scheduled for a time of the loop's clock."""

    __slots__ = ('_when', '_seq')

    def __init__(self, when, seq, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._seq = seq

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def when(self):
        return self._when

    def _key(self):
        return (self._when, self._seq)

    def __lt__(self, other):
        return self._key() < other._key()


def _heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[i] < heap[parent]:
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent
        else:
            break


def _heap_pop(heap):
    """Removes the smallest item as heapq.heappop does: the hole left at the
    top goes down along the smaller children to a leaf, where the last item
    is put and then moved up to its place."""
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    pos = 0
    child = 1
    while child < n:
        right = child + 1
        if right < n and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    while pos > 0:
        parent = (pos - 1) // 2
        if last < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = last
    return top


class AbstractEventLoop:
    """The interface of event loops."""


class BaseEventLoop(AbstractEventLoop):
    """An event loop running callbacks and timers in this thread."""

    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._seq = 0
        self._running = False
        self._stopping = False
        self._closed = False
        self._exception_handler = None
        self._debug = False

    def __repr__(self):
        return (f'<{type(self).__name__} running={self._running} '
                f'closed={self._closed} debug={self._debug}>')

    def time(self):
        """The loop's clock (time.monotonic)."""
        return _time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        """Runs callback(*args) at the next iteration."""
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        """Runs callback(*args) after delay seconds."""
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        """Runs callback(*args) at the loop time when."""
        self._check_closed()
        self._seq += 1
        handle = TimerHandle(when, self._seq, callback, args, self)
        _heap_push(self._scheduled, handle)
        return handle

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Wraps coro in a Task scheduled on this loop."""
        self._check_closed()
        from .tasks import Task
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def stop(self):
        """Stops run_forever after the current iteration."""
        self._stopping = True

    def close(self):
        """Closes the loop (it must not be running)."""
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        """Writes the context's message, its other entries and the traceback
        of its exception to stderr (as asyncio's logger does)."""
        import sys
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        sys.stderr.write('\n'.join(lines) + '\n')
        if exc is not None:
            sys.__excepthook__(type(exc), exc, exc.__traceback__)

    def call_exception_handler(self, context):
        """Hands context to the exception handler set, else to the default."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._log_error('Exception in default exception handler', exc)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc2:
                self._log_error('Exception in default exception handler while handling an '
                                'unexpected error in custom exception handler', exc2)

    @staticmethod
    def _log_error(message, exc):
        import sys
        sys.stderr.write(message + '\n')
        sys.__excepthook__(type(exc), exc, exc.__traceback__)

    def _run_once(self):
        scheduled = self._scheduled
        while scheduled and scheduled[0]._cancelled:
            _heap_pop(scheduled)
        if not self._ready and scheduled and not self._stopping:
            wait = scheduled[0]._when - self.time()
            if wait > 0:
                _time.sleep(wait)
        now = self.time()
        while scheduled and scheduled[0]._when <= now:
            handle = _heap_pop(scheduled)
            if not handle._cancelled:
                self._ready.append(handle)
        ready = self._ready
        self._ready = []
        for i, handle in enumerate(ready):
            if handle._cancelled:
                continue
            try:
                handle._run()
            except BaseException:
                self._ready[:0] = ready[i + 1:]
                raise

    def run_forever(self):
        """Runs callbacks until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        old = _get_running_loop()
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
                if not self._ready and not self._scheduled and not self._stopping:
                    if not self._has_pending():
                        break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(old)

    def _has_pending(self):
        return bool(self._ready or self._scheduled)

    def run_until_complete(self, future):
        """Runs until future (a future or coroutine) is done; returns its result."""
        self._check_closed()
        self._check_running()
        from .tasks import ensure_future
        new_task = not _isfuture(future)
        future = ensure_future(future, loop=self)

        def done(fut):
            self.stop()

        future.add_done_callback(done)
        try:
            self._run_until(future)
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def _run_until(self, future):
        self._check_running()
        self._running = True
        _set_running_loop(self)
        try:
            while not self._stopping:
                if not self._ready and not self._scheduled:
                    break
                self._run_once()
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)

    async def shutdown_asyncgens(self):
        """Nothing to do: async generators are finalized by the runtime."""

    async def shutdown_default_executor(self, timeout=None):
        """Nothing to do: this loop has no executor."""


def _isfuture(obj):
    from .futures import isfuture
    return isfuture(obj)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The default event loop (named as CPython's default loop on Unix)."""


class _State:
    running = None
    current = None
    set_called = False


def _get_running_loop():
    """The running loop, or None."""
    return _State.running


def _set_running_loop(loop):
    _State.running = loop


def get_running_loop():
    """The running event loop (RuntimeError if none)."""
    loop = _State.running
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """The running loop, else the current loop (created on first use when
    set_event_loop was never called)."""
    loop = _State.running
    if loop is not None:
        return loop
    if _State.current is None and not _State.set_called:
        import sys
        import warnings
        stacklevel = 2
        frame = sys._getframe(1)
        while frame is not None:
            module = frame.f_globals.get('__name__') or ''
            if not (module == 'asyncio' or module.startswith('asyncio.')):
                break
            frame = frame.f_back
            stacklevel += 1
        warnings.warn('There is no current event loop', DeprecationWarning, stacklevel=stacklevel)
        set_event_loop(new_event_loop())
    if _State.current is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _State.current


def set_event_loop(loop):
    """Makes loop the current event loop."""
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _State.current = loop
    _State.set_called = True


def new_event_loop():
    """A new event loop."""
    return _UnixSelectorEventLoop()
