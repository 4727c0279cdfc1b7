"""Stackless Python's microthreads for pyrs's stackless engine: tasklets, channels and the
scheduler, with the API of Stackless Python 3.7.

The native core `_stackless` switches between tasklets (softly: by swapping heap frames, or,
under a native caller, by keeping the tasklet's native stack) and keeps the run queue and the
channels: channel.send, channel.receive and schedule are its own functions, so that a tasklet
blocked in one keeps no frame of this module. This module checks arguments and builds the rest
of the API on it. Every switch to a tasklet hands it the value or exception stored for it by
whoever made it runnable.
"""

# This module stands in for Stackless Python's C code: its frames stay out of tracebacks.
__tracebackhide__ = True

try:
    import _stackless
except ModuleNotFoundError:
    # Only the stackless engine has tasklets; under the others the module is absent, as it is
    # from CPython.
    raise ModuleNotFoundError("No module named 'stackless'", name="stackless") from None

__all__ = [
    "TaskletExit", "atomic", "channel", "getcurrent", "getmain", "getruncount", "run",
    "schedule", "schedule_remove", "tasklet",
]


class TaskletExit(SystemExit):
    """Raised in a tasklet to kill it; it ends the tasklet silently."""


_PREEMPTED = object()
_resume = _stackless.resume
_push_front = _stackless.push_front
_enqueue = _stackless.enqueue
_enqueue_front = _stackless.enqueue_front
_leave_queue = _stackless.leave_queue
getcurrent = _stackless.current
getmain = _stackless.main
schedule = _stackless.schedule
schedule_remove = _stackless.schedule_remove


class tasklet(_stackless.tasklet):
    """A microthread: a callable and its arguments, run by the scheduler."""

    __slots__ = ("name", "__dict__", "__weakref__")

    def __init__(self, func=None, args=None, kwargs=None):
        self.name = None
        if func is not None:
            self.bind(func, args, kwargs)

    # ---- binding ----

    def bind(self, func=None, args=None, kwargs=None):
        """Binds a callable (and, given args or kwargs, its arguments: the tasklet is then
        alive but paused); bind(None) unbinds a tasklet that is not running."""
        if func is not None and not callable(func):
            raise TypeError("tasklet function must be a callable or None")
        if args is not None and not isinstance(args, tuple):
            raise TypeError("tasklet args must be a tuple or None")
        if kwargs is not None and not isinstance(kwargs, dict):
            raise TypeError("tasklet kwargs must be a dictionary or None")
        if self is getcurrent():
            raise RuntimeError("can't (re)bind the current tasklet")
        if self.scheduled:
            raise RuntimeError("tasklet is scheduled")
        self._unbind()
        self._started = False
        self._func = func
        self._set_pending(None, None)
        if func is not None and (args is not None or kwargs is not None):
            self._setup(args or (), dict(kwargs or {}))
        return self

    def _setup(self, args, kwargs):
        self._bind_start(self._func, args, kwargs)
        self._started = True

    def setup(self, *args, **kwargs):
        """Binds the arguments and inserts the tasklet into the run queue."""
        if self.alive:
            raise RuntimeError("tasklet is alive")
        if self._func is None:
            raise RuntimeError("the tasklet was not bound to a function")
        self._setup(args, kwargs)
        self.insert()
        return self

    def __call__(self, *args, **kwargs):
        return self.setup(*args, **kwargs)

    # ---- state ----

    @property
    def blocked(self):
        """Whether it waits on a channel."""
        return self._blocked != 0

    @property
    def alive(self):
        return self._state() not in ("unbound", "dead")

    @property
    def scheduled(self):
        return self._inq or self._blocked != 0

    @property
    def paused(self):
        return self.alive and not self.scheduled

    @property
    def is_main(self):
        return self is getmain()

    @property
    def is_current(self):
        return self is getcurrent()

    @property
    def tempval(self):
        if self._func is not None and not self._started:
            return self._func
        return self._tempval

    @tempval.setter
    def tempval(self, value):
        self._tempval = value

    @property
    def atomic(self):
        return self._atomic()

    def set_atomic(self, flag):
        """Sets the atomic flag (no preemption while set); returns the old one."""
        if not isinstance(flag, int):
            raise TypeError("set_atomic needs exactly one bool or integer")
        return self._atomic(bool(flag))

    @property
    def restorable(self):
        return False

    @property
    def thread_id(self):
        return -1 if not self.alive and not self.is_main else 0

    def __repr__(self):
        return object.__repr__(self)

    # ---- scheduling ----

    def insert(self):
        """Inserts the tasklet at the end of the run queue."""
        if self.blocked:
            raise RuntimeError("You cannot run a blocked tasklet")
        if not self.alive:
            raise RuntimeError("You cannot run an unbound(dead) tasklet")
        if not self._inq:
            _enqueue(self)
        return self

    def remove(self):
        """Takes the tasklet out of the run queue (it is then paused)."""
        if self.blocked:
            raise RuntimeError("You cannot remove a blocked tasklet.")
        if self is getcurrent():
            raise RuntimeError("The current tasklet cannot be removed.")
        _leave_queue(self)
        return self

    def run(self):
        """Runs the tasklet now; the current one stays scheduled, next in line. Returns the
        current tasklet's tempval when it runs again."""
        return self._switch_now(keep_current=True)

    def switch(self):
        """Runs the tasklet now; the current one is paused (taken out of the queue)."""
        return self._switch_now(keep_current=False)

    def _switch_now(self, keep_current):
        if self.blocked:
            raise RuntimeError("You cannot run a blocked tasklet")
        if not self.alive:
            raise RuntimeError("You cannot run an unbound(dead) tasklet")
        cur = getcurrent()
        if self is cur:
            return
        _leave_queue(self)
        _leave_queue(cur)
        if keep_current:
            _enqueue_front(cur)
        _push_front(self)
        return _resume(self)

    def kill(self, pending=False):
        """Raises TaskletExit in the tasklet (at once, or when it next runs if pending)."""
        if not self.alive:
            return
        return self.throw(TaskletExit, None, None, pending)

    def raise_exception(self, exc_class, *args):
        """Raises exc_class(*args) in the tasklet now."""
        return self.throw(exc_class(*args))

    def throw(self, exc=None, val=None, tb=None, pending=False):
        """Raises an exception in the tasklet, now or (pending) when it next runs."""
        err = _make_exception(exc, val, tb)
        if self._state() == "new":
            # Never run: it starts by raising the exception.
            self._bind_start(_raise, (err,), {})
            self._started = True
        if not self.alive:
            raise RuntimeError("You cannot throw to a dead tasklet")
        if self.blocked:
            _stackless.unblock(self)
        self._set_pending(None, err)
        cur = getcurrent()
        if self is cur:
            raise err
        if pending:
            self.insert()
            return
        # It runs now; the caller goes to the end of the queue.
        _leave_queue(self)
        _leave_queue(cur)
        _enqueue(cur)
        _push_front(self)
        _resume(self)


def _make_exception(exc, val, tb):
    """The exception `raise exc, val, tb` meant (Python 2's three-argument form)."""
    if isinstance(exc, type) and issubclass(exc, BaseException):
        if isinstance(val, exc):
            err = val
        elif val is None:
            err = exc()
        elif isinstance(val, tuple):
            err = exc(*val)
        else:
            err = exc(val)
    elif isinstance(exc, BaseException):
        if val is not None:
            raise TypeError("instance exception may not have a separate value")
        err = exc
    else:
        raise TypeError("exceptions must be classes, or instances, not %s" % type(exc).__name__)
    if tb is not None:
        err = err.with_traceback(tb)
    return err


def _raise(err):
    """What a tasklet killed (or thrown to) before it ran runs."""
    raise err


def getruncount():
    """How many tasklets are in the run queue (the running one included)."""
    return _stackless.queue_len() + (0 if getcurrent()._inq else 1)


def run(timeout=0, threadblock=False, soft=False, ignore_nesting=False, totaltimeout=False):
    """Runs the scheduled tasklets until the queue is empty (or, with a timeout, until that
    many instructions have run: the interrupted tasklet is then taken out of the queue and
    returned)."""
    main = getmain()
    if getcurrent() is not main:
        raise RuntimeError("run() must be called from the main tasklet")
    if _stackless.in_run():
        raise RuntimeError("run() is already running")
    _leave_queue(main)
    first = _stackless.queue_head()
    if first is None:
        return None
    _stackless.set_in_run(True)
    _stackless.set_tick(timeout)
    try:
        main._set_pending(None, None)
        r = _resume(first)
    finally:
        _stackless.set_tick(0)
        _stackless.set_in_run(False)
        if not main._inq:
            _push_front(main)
    if r is _PREEMPTED:
        t = _stackless.preempted()
        _leave_queue(t)
        return t
    return None


class atomic:
    """A context manager: no preemption of the current tasklet inside it."""

    def __enter__(self):
        self._old = getcurrent().set_atomic(True)
        return self

    def __exit__(self, *exc):
        getcurrent().set_atomic(self._old)
        return False


class channel(_stackless.channel):
    """A rendezvous between tasklets: a send blocks until a receive takes the value."""

    __slots__ = ("__dict__", "__weakref__")

    def send_exception(self, exc, *args):
        """Raises exc(*args) in the receiver."""
        return self._send_exc(exc(*args))

    def send_throw(self, exc, val=None, tb=None):
        """Raises an exception in the receiver (as tasklet.throw builds it)."""
        return self._send_exc(_make_exception(exc, val, tb))

    def send_sequence(self, seq):
        """Sends every item of an iterable; returns how many."""
        n = 0
        for item in seq:
            self.send(item)
            n += 1
        return n

    def __iter__(self):
        return self

    def __next__(self):
        if self.closed:
            raise StopIteration
        try:
            return self.receive()
        except ValueError:
            if self.closed:
                raise StopIteration from None
            raise


def __getattr__(name):
    # The module's properties: current, main and runcount.
    if name == "current":
        return getcurrent()
    if name == "main":
        return getmain()
    if name == "runcount":
        return getruncount()
    raise AttributeError("module 'stackless' has no attribute %r" % name)


def _init():
    import builtins
    # Stackless Python makes TaskletExit a builtin.
    builtins.TaskletExit = TaskletExit
    main = tasklet.__new__(tasklet)
    tasklet.__init__(main)
    _stackless.init(main, _PREEMPTED, TaskletExit)


_init()
