"""asyncio's exceptions."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError')

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The task or future was cancelled."""

    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in the future's state."""

    __module__ = 'asyncio.exceptions'


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or aborted while tasks waited on it."""

    __module__ = 'asyncio.exceptions'
