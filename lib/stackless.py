"""Stackless Python's microthreads for pyrs's stackless engine: tasklets, channels and the
scheduler, with the API of Stackless Python 3.7.

The native core `_stackless` switches between tasklets (softly: by swapping heap frames, or,
under a native caller, by keeping the tasklet's native stack); this module keeps the run queue
and the channels and decides which tasklet runs next. Every switch to a tasklet hands it the
value or exception stored in its `_pending` slot by whoever made it runnable.
"""

# This module stands in for Stackless Python's C code: its frames stay out of tracebacks.
__tracebackhide__ = True

try:
    import _stackless
except ModuleNotFoundError:
    # Only the stackless engine has tasklets; under the others the module is absent, as it is
    # from CPython.
    raise ModuleNotFoundError("No module named 'stackless'", name="stackless") from None

from collections import deque

__all__ = [
    "TaskletExit", "atomic", "channel", "getcurrent", "getmain", "getruncount", "run",
    "schedule", "schedule_remove", "tasklet",
]


class TaskletExit(SystemExit):
    """Raised in a tasklet to kill it; it ends the tasklet silently."""


# The run queue: the scheduled tasklets, the running one first when it is scheduled.
_queue = deque()
# Whether the main tasklet is inside run() (it is then out of the queue).
_in_run = False
_PREEMPTED = object()
_NOTHING = (None, None)
_switch = _stackless.switch
_current = _stackless.current


class tasklet(_stackless.tasklet):
    """A microthread: a callable and its arguments, run by the scheduler."""

    __slots__ = ("_func", "_pending", "_blocked", "_channel", "_started", "_inq", "name", "__dict__", "__weakref__")

    def __init__(self, func=None, args=None, kwargs=None):
        self._func = None
        self._pending = (None, None)
        self._blocked = 0
        self._channel = None
        self._started = False
        self._inq = False
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
        self._pending = (None, None)
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
        return self._pending[0]

    @tempval.setter
    def tempval(self, value):
        self._pending = (value, self._pending[1])

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
        if not self._inq and not (self is getmain() and _in_run):
            _push(self)
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
        return _resume(self, cur)

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
            self._channel._unblock(self)
        self._pending = (None, err)
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
        _resume(self, cur)


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


def _push(t):
    """Puts `t` last in the run queue."""
    _queue.append(t)
    t._inq = True


def _push_front(t):
    """Puts `t` first in the run queue."""
    _queue.appendleft(t)
    t._inq = True


def _enqueue(t):
    """Puts `t` last in the queue (main inside run() waits outside it)."""
    if t is getmain() and _in_run:
        return
    _push(t)


def _enqueue_front(t):
    """Puts `t` first in the queue (main inside run() waits outside it)."""
    if t is getmain() and _in_run:
        return
    _push_front(t)


def _leave_queue(t):
    if t._inq:
        if _queue[0] is t:
            _queue.popleft()
        else:
            _queue.remove(t)
        t._inq = False


def _resume(target, cur):
    """Switches from `cur` (already placed where it waits) to `target`; returns what `cur`
    gets when it runs again."""
    value, exc = target._pending
    target._pending = (None, None)
    r = _stackless.switch(target, value, exc)
    return r


def _next_or_main():
    """The tasklet to run when the current one stops running (blocked, removed, ended)."""
    if _queue:
        return _queue[0]
    return getmain()


def _deadlock_for_main():
    """The exception the main tasklet gets when nothing can run while it is blocked."""
    main = getmain()
    ch = main._channel
    if ch is None:
        return None
    d = main._blocked
    ch._unblock(main)
    what = "receiving without a sender" if d < 0 else "sending without a receiver"
    return RuntimeError("the main tasklet is %s available." % what)


def _switch_away(cur):
    """`cur` stopped running (it is blocked, paused or inside run()): switch to the next
    tasklet, or to main when the queue is empty. Returns what `cur` gets back."""
    global _in_run
    nxt = _next_or_main()
    if nxt is cur:
        # Only main can get here: nothing else to run.
        value, exc = cur._pending
        cur._pending = (None, None)
        if exc is not None:
            raise exc
        return value
    if nxt is getmain() and not _in_run:
        err = _deadlock_for_main()
        if err is not None:
            nxt._pending = (None, err)
        if not nxt._inq:
            _push(nxt)
    return _resume(nxt, cur)


def _ended(t, exc):
    """The end hook: `t`'s function returned (exc None) or raised `exc`. Returns the tasklet
    to run next, the value and the exception it gets."""
    global _in_run
    _leave_queue(t)
    t._blocked = 0
    t._func = None
    t._started = False
    main = getmain()
    if exc is not None and not isinstance(exc, TaskletExit):
        # Uncaught: it goes to the main tasklet.
        if main._blocked:
            main._channel._unblock(main)
        main._pending = (None, None)
        return main, None, exc
    nxt = _next_or_main()
    if nxt is main and not _in_run:
        if not main._inq:
            _push(main)
        err = _deadlock_for_main()
        if err is not None:
            return main, None, err
    value, e = nxt._pending
    nxt._pending = (None, None)
    return nxt, value, e


def getcurrent():
    """The running tasklet."""
    return _stackless.current()


def getmain():
    """The main tasklet."""
    return _stackless.main()


def getruncount():
    """How many tasklets are in the run queue (the running one included)."""
    return len(_queue) + (0 if getcurrent()._inq else 1)


def run(timeout=0, threadblock=False, soft=False, ignore_nesting=False, totaltimeout=False):
    """Runs the scheduled tasklets until the queue is empty (or, with a timeout, until that
    many instructions have run: the interrupted tasklet is then taken out of the queue and
    returned)."""
    global _in_run
    main = getmain()
    if getcurrent() is not main:
        raise RuntimeError("run() must be called from the main tasklet")
    if _in_run:
        raise RuntimeError("run() is already running")
    _leave_queue(main)
    if not _queue:
        return None
    _in_run = True
    _stackless.set_tick(timeout)
    try:
        main._pending = (None, None)
        r = _resume(_queue[0], main)
    finally:
        _stackless.set_tick(0)
        _in_run = False
        if not main._inq:
            _push_front(main)
    if r is _PREEMPTED:
        t = _stackless.preempted()
        _leave_queue(t)
        return t
    return None


def schedule(retval=None):
    """Lets the next tasklet run; the current one goes to the end of the queue. Returns
    `retval` (default: the current tasklet) when it runs again."""
    cur = getcurrent()
    if retval is None:
        retval = cur
    if cur._inq:
        _leave_queue(cur)
        _push(cur)
    elif not (cur is getmain() and _in_run):
        _push(cur)
    cur._pending = (retval, None)
    if _queue and _queue[0] is cur:
        cur._pending = (None, None)
        return retval
    return _switch_away(cur)


def schedule_remove(retval=None):
    """Like schedule(), but the current tasklet leaves the queue (it is paused)."""
    cur = getcurrent()
    if retval is None:
        retval = cur
    _leave_queue(cur)
    cur._pending = (retval, None)
    if cur is getmain() and not _queue:
        cur._pending = (None, None)
        return retval
    return _switch_away(cur)


class atomic:
    """A context manager: no preemption of the current tasklet inside it."""

    def __enter__(self):
        self._old = getcurrent().set_atomic(True)
        return self

    def __exit__(self, *exc):
        getcurrent().set_atomic(self._old)
        return False


class channel:
    """A rendezvous between tasklets: a send blocks until a receive takes the value."""

    def __init__(self):
        self._preference = -1
        self._schedule_all = 0
        self._waiting = deque()
        self._dir = 0
        self._closing = False

    @property
    def preference(self):
        """-1: a send or receive runs the woken tasklet at once; 1: the caller goes on; 0:
        the woken tasklet is queued and the caller goes on."""
        return self._preference

    @preference.setter
    def preference(self, value):
        if not isinstance(value, int):
            raise TypeError("preference must be set to an integer")
        self._preference = (value > 0) - (value < 0)

    @property
    def schedule_all(self):
        """When set, a send or receive queues the woken tasklet last and the caller yields."""
        return self._schedule_all

    @schedule_all.setter
    def schedule_all(self, value):
        if not isinstance(value, int):
            raise TypeError("preference must be set to a bool or integer")
        self._schedule_all = 1 if value else 0

    @property
    def balance(self):
        return self._dir * len(self._waiting)

    @property
    def queue(self):
        """The first tasklet blocked on the channel, or None."""
        return self._waiting[0][0] if self._waiting else None

    @property
    def closing(self):
        return self._closing

    @property
    def closed(self):
        return self._closing and not self._waiting

    def close(self):
        """No more sends or receives may block on it (those waiting still complete)."""
        self._closing = True

    def open(self):
        self._closing = False

    def _unblock(self, t):
        for i, (w, _v, _e) in enumerate(self._waiting):
            if w is t:
                del self._waiting[i]
                break
        if not self._waiting:
            self._dir = 0
        t._blocked = 0
        t._channel = None

    def receive(self, *, _d=-1, _value=None, _exc=None):
        """Receives a value, blocking until a sender gives one."""
        # The body of every send and receive (a send calls it with _d = 1), written out in
        # one function: a blocked tasklet keeps only this frame above its own.
        d = _d
        cur = _current()
        waiting = self._waiting
        if self._dir == -d and waiting:
            other, ovalue, oexc = waiting.popleft()
            if not waiting:
                self._dir = 0
            other._blocked = 0
            other._channel = None
            if d == 1:
                other._pending = (_value, _exc)
                result = _NOTHING
            else:
                other._pending = _NOTHING
                result = (ovalue, oexc)
            if self._schedule_all:
                # The woken tasklet is queued last and the caller yields to the queue.
                _push(other)
                cur._pending = result
                _leave_queue(cur)
                _enqueue(cur)
                return _switch_away(cur)
            # Who runs first: preference -1 the receiver, 1 the sender, 0 neither.
            pref = self._preference
            if (pref == -1 and d == 1) or (pref == 1 and d == -1):
                # The woken tasklet runs now, the caller goes to the end of the queue.
                _leave_queue(cur)
                _enqueue(cur)
                _push_front(other)
                cur._pending = result
                v, e = other._pending
                other._pending = _NOTHING
                return _switch(other, v, e)
            _push(other)
            if d == -1:
                if oexc is not None:
                    raise oexc
                return ovalue
            return None
        if self._closing:
            raise ValueError("Send/receive operation on a closed channel")
        # Block.
        if cur is _main and not _in_run and (not _queue or (len(_queue) == 1 and cur._inq)):
            raise RuntimeError("Deadlock: the last runnable tasklet cannot be blocked.")
        _leave_queue(cur)
        self._dir = d
        waiting.append((cur, _value, _exc))
        cur._blocked = d
        cur._channel = self
        # A blocked sender's tempval is what it sends.
        cur._pending = (_value, None) if d == 1 else _NOTHING
        nxt = _queue[0] if _queue else _main
        if nxt is _main and not _in_run:
            err = _deadlock_for_main()
            if err is not None:
                nxt._pending = (None, err)
            if not nxt._inq:
                _push(nxt)
        v, e = nxt._pending
        nxt._pending = _NOTHING
        return _switch(nxt, v, e)

    def send(self, value):
        """Sends a value, blocking until a receiver takes it."""
        return self.receive(_d=1, _value=value)

    def _action(self, d, value, exc):
        return self.receive(_d=d, _value=value, _exc=exc)

    def send_exception(self, exc, *args):
        """Raises exc(*args) in the receiver."""
        return self._action(1, None, exc(*args))

    def send_throw(self, exc, val=None, tb=None):
        """Raises an exception in the receiver (as tasklet.throw builds it)."""
        return self._action(1, None, _make_exception(exc, val, tb))

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
    _stackless.init(main, _PREEMPTED, _ended)
    global _main
    _main = main
    _push(main)


_init()
