"""Asynchronous programming with coroutines: an event loop running tasks,
with sleeping, gathering, timeouts, queues and locks."""

from .exceptions import BrokenBarrierError, CancelledError, InvalidStateError, TimeoutError
from .coroutines import iscoroutine, iscoroutinefunction
from .events import (AbstractEventLoop, Handle, TimerHandle, get_event_loop,
                     get_running_loop, new_event_loop, set_event_loop,
                     _get_running_loop)
from .futures import Future, isfuture, wrap_future
from .tasks import (Task, create_task, ensure_future, sleep, gather, wait_for,
                    wait, shield, as_completed, current_task, all_tasks,
                    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
from .locks import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier
from .queues import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty
from .timeouts import Timeout, timeout, timeout_at
from .runners import Runner, run
from .taskgroups import TaskGroup

__all__ = (
    'BrokenBarrierError', 'Barrier', 'CancelledError', 'InvalidStateError', 'TimeoutError', 'iscoroutine',
    'iscoroutinefunction', 'AbstractEventLoop', 'Handle', 'TimerHandle',
    'get_event_loop', 'get_running_loop', 'new_event_loop', 'set_event_loop',
    'Future', 'isfuture', 'wrap_future', 'Task', 'create_task', 'ensure_future',
    'sleep', 'gather', 'wait_for', 'wait', 'shield', 'as_completed',
    'current_task', 'all_tasks', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
    'ALL_COMPLETED', 'Lock', 'Event', 'Condition', 'Semaphore',
    'BoundedSemaphore', 'Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull',
    'QueueEmpty', 'Timeout', 'timeout', 'timeout_at', 'Runner', 'run', 'TaskGroup')
