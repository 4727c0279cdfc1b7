"""Stackless Python's microthreads for pyrs's stackless engine: tasklets, channels and the
scheduler, with the API of Stackless Python 3.7.

The native core `_stackless` switches between tasklets (softly: by swapping heap frames, or,
under a native caller, by keeping the tasklet's native stack); this module keeps the run queue
and the channels and decides which tasklet runs next. Every switch to a tasklet hands it the
value or exception stored in its `_pending` slot by whoever made it runnable.
"""

import _stackless
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


class tasklet(_stackless.tasklet):
    """A microthread: a callable and its arguments, run by the scheduler."""

    def __init__(self, func=None, args=None, kwargs=None):
        self._func = None
        self._pending = (None, None)
        self.blocked = 0
        self._channel = None
        self._started = False
        self.name = None
        if func is not None:
            self.bind(func, args, kwargs)

    # ---- binding ----

    def bind(self, func=None, args=None, kwargs=None):
        """Binds a callable (and, given args or kwargs, its arguments: the tasklet is then
        alive but paused); bind(None) unbinds a tasklet that is not running."""
        if self is getcurrent():
            raise RuntimeError("bind(): cannot bind the current tasklet")
        if self.scheduled or self.blocked:
            raise RuntimeError("tasklet is scheduled")
        if self._started and self.alive:
            raise RuntimeError("tasklet is alive")
        if func is None:
            if args is not None or kwargs is not None:
                raise TypeError("func must be given with args or kwargs")
            self._func = None
            self._unbind()
            self._started = False
            return self
        if not callable(func):
            raise TypeError("tasklet function must be a callable")
        self._func = func
        self._started = False
        self._unbind()
        if args is not None or kwargs is not None:
            self._setup(tuple(args or ()), dict(kwargs or {}))
        return self

    def _setup(self, args, kwargs):
        if self._func is None:
            raise TypeError("cframe function must be callable")
        self._bind_start(self._func, args, kwargs)
        self._started = True

    def setup(self, *args, **kwargs):
        """Binds the arguments and inserts the tasklet into the run queue."""
        if self.alive:
            raise RuntimeError("tasklet is alive")
        self._setup(args, kwargs)
        self.insert()
        return self

    def __call__(self, *args, **kwargs):
        return self.setup(*args, **kwargs)

    # ---- state ----

    @property
    def alive(self):
        return self._state() not in ("unbound", "dead")

    @property
    def scheduled(self):
        return self in _queue or bool(self.blocked) or (self is getmain() and _in_run)

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
        return self._pending[0]

    @tempval.setter
    def tempval(self, value):
        self._pending = (value, self._pending[1])

    @property
    def atomic(self):
        return self._atomic()

    def set_atomic(self, flag):
        """Sets the atomic flag (no preemption while set); returns the old one."""
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
        if self not in _queue and not (self is getmain() and _in_run):
            _queue.append(self)
        return self

    def remove(self):
        """Takes the tasklet out of the run queue (it is then paused)."""
        if self.blocked:
            raise RuntimeError("You cannot remove a blocked tasklet.")
        if self is getcurrent():
            raise RuntimeError("The current tasklet cannot be removed.")
        if self in _queue:
            _queue.remove(self)
        return self

    def run(self):
        """Runs the tasklet now; the current one stays scheduled, next in line."""
        self._switch_now(keep_current=True)

    def switch(self):
        """Runs the tasklet now; the current one is paused (taken out of the queue)."""
        self._switch_now(keep_current=False)

    def _switch_now(self, keep_current):
        if self.blocked:
            raise RuntimeError("You cannot run a blocked tasklet")
        if not self.alive:
            raise RuntimeError("You cannot run an unbound(dead) tasklet")
        cur = getcurrent()
        if self is cur:
            return
        if self in _queue:
            _queue.remove(self)
        _leave_queue(cur)
        if keep_current:
            _enqueue_front(cur)
        _queue.appendleft(self)
        _resume(self, cur)

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
        if isinstance(exc, type) and issubclass(exc, BaseException):
            err = exc(*(() if val is None else val if isinstance(val, tuple) else (val,)))
        elif isinstance(exc, BaseException):
            if val is not None:
                raise TypeError("instance exception may not have a separate value")
            err = exc
        else:
            raise TypeError("exceptions must be classes, or instances, not %s" % type(exc).__name__)
        if tb is not None:
            err = err.with_traceback(tb)
        if self._state() == "new" or (not self._started and self._func is not None):
            # Never run: it dies without running its function.
            if self in _queue:
                _queue.remove(self)
            self._unbind()
            self._func = None
            if isinstance(err, TaskletExit):
                return
            raise err
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
        if self in _queue:
            _queue.remove(self)
        _leave_queue(cur)
        _enqueue_front(cur)
        _queue.appendleft(self)
        _resume(self, cur)


def _enqueue_front(t):
    """Puts `t` first in the queue (main inside run() waits outside it)."""
    if t is getmain() and _in_run:
        return
    _queue.appendleft(t)


def _leave_queue(t):
    if t in _queue:
        _queue.remove(t)


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
    d = main.blocked
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
    return _resume(nxt, cur)


def _ended(t, exc):
    """The end hook: `t`'s function returned (exc None) or raised `exc`. Returns the tasklet
    to run next, the value and the exception it gets."""
    global _in_run
    _leave_queue(t)
    t.blocked = 0
    t._func = None
    t._started = False
    main = getmain()
    if exc is not None and not isinstance(exc, TaskletExit):
        # Uncaught: it goes to the main tasklet.
        if main.blocked:
            main._channel._unblock(main)
        main._pending = (None, None)
        return main, None, exc
    nxt = _next_or_main()
    if nxt is main and not _in_run:
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
    n = len(_queue)
    if _in_run or getcurrent() not in _queue:
        n += 1
    return n


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
    if cur in _queue:
        _queue.remove(cur)
        _queue.append(cur)
    elif not (cur is getmain() and _in_run):
        _queue.append(cur)
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
        self.preference = -1
        self.schedule_all = False
        self._waiting = deque()
        self._dir = 0
        self._closing = False

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
        for i, (w, _v) in enumerate(self._waiting):
            if w is t:
                del self._waiting[i]
                break
        if not self._waiting:
            self._dir = 0
        t.blocked = 0
        t._channel = None

    def _action(self, d, value, exc):
        """A send (d = 1, of value or exception exc) or receive (d = -1)."""
        cur = getcurrent()
        if self._dir == -d and self._waiting:
            other, ovalue = self._waiting.popleft()
            if not self._waiting:
                self._dir = 0
            other.blocked = 0
            other._channel = None
            if d == 1:
                other._pending = (value, exc)
                result = (None, None)
            else:
                other._pending = (None, None)
                result = ovalue
            # Who runs first: preference -1 the receiver, 1 the sender, 0 neither.
            pref = self.preference
            switch_to_other = (pref == -1 and d == 1) or (pref == 1 and d == -1)
            if switch_to_other:
                _leave_queue(cur)
                _enqueue_front(cur)
                _queue.appendleft(other)
                cur._pending = result if d == -1 else (None, None)
                r = _resume(other, cur)
                return r if d == 1 else r
            _queue.append(other)
            if d == -1:
                v, e = result
                if e is not None:
                    raise e
                return v
            return None
        if self._closing:
            if d == -1:
                raise ValueError("receive on a closed channel")
            raise ValueError("send on a closed channel")
        # Block.
        if cur is getmain() and not _in_run and not [t for t in _queue if t is not cur]:
            raise RuntimeError("Deadlock: the last runnable tasklet cannot be blocked.")
        _leave_queue(cur)
        self._dir = d
        self._waiting.append((cur, (value, exc)))
        cur.blocked = d
        cur._channel = self
        cur._pending = (None, None)
        return _switch_away(cur)

    def send(self, value):
        """Sends a value, blocking until a receiver takes it."""
        return self._action(1, value, None)

    def receive(self):
        """Receives a value, blocking until a sender gives one."""
        return self._action(-1, None, None)

    def send_exception(self, exc, *args):
        """Raises exc(*args) in the receiver."""
        return self._action(1, None, exc(*args))

    def send_throw(self, exc, val=None, tb=None):
        """Raises an exception in the receiver (as tasklet.throw builds it)."""
        if isinstance(exc, type):
            err = exc(*(() if val is None else val if isinstance(val, tuple) else (val,)))
        else:
            err = exc
        if tb is not None:
            err = err.with_traceback(tb)
        return self._action(1, None, err)

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


def _init():
    main = tasklet.__new__(tasklet)
    tasklet.__init__(main)
    _stackless.init(main, _PREEMPTED, _ended)
    _queue.append(main)


_init()
