"""Names for the built-in types that have no builtin name, and helpers to create classes."""

import sys


def _function(): pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = type(sys.implementation)


def _cell_maker():
    value = 1
    def inner():
        return value
    return inner.__closure__[0]


CellType = type(_cell_maker())


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine_function(): pass


_coro = _coroutine_function()
CoroutineType = type(_coro)
_coro.close()
del _coro


async def _async_generator():
    yield 1


AsyncGeneratorType = type(_async_generator())


class _Holder:
    def method(self): pass


MethodType = type(_Holder().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)

GetSetDescriptorType = type(FunctionType.__code__)


class _Slotted:
    __slots__ = ('slot',)


MemberDescriptorType = type(_Slotted.slot)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)

del sys, _function, _cell_maker, _generator, _coroutine_function, _async_generator, _Holder, _Slotted


def resolve_bases(bases):
    """Replaces the bases that are not classes but define `__mro_entries__` by what it returns."""
    result = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result[i + shift:i + shift + 1] = entries
        shift += len(entries) - 1
    if not changed:
        return bases
    return tuple(result)


def _most_derived_metaclass(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Chooses the metaclass and prepares the namespace of a class about to be created;
    returns (metaclass, namespace, the keywords left)."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would, with `exec_body(ns)` filling its namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


def get_original_bases(cls, /):
    """The bases of `cls` as written in its class statement, before `__mro_entries__`."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


class DynamicClassAttribute:
    """A property on instances whose lookup on the class goes to the class's `__getattr__`
    (an AttributeError), so that a class attribute of the same name can be reached there."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        copy = type(self)(fget, self.fset, self.fdel, doc or self.__doc__)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def setter(self, fset):
        copy = type(self)(self.fget, fset, self.fdel, self.__doc__)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def deleter(self, fdel):
        copy = type(self)(self.fget, self.fset, fdel, self.__doc__)
        copy.overwrite_doc = self.overwrite_doc
        return copy



_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    # Makes a generator returned by a function decorated with coroutine() awaitable.

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Makes a generator-based coroutine of a generator function (or of a callable returning
    generators), so that its result can be awaited."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if func.__class__ is FunctionType and func.__code__.co_flags & _CO_GENERATOR:
        code = func.__code__
        if code.co_flags & _CO_ITERABLE_COROUTINE:
            return func
        code = code.replace(co_flags=code.co_flags | _CO_ITERABLE_COROUTINE)
        result = FunctionType(code, func.__globals__, func.__name__, func.__defaults__,
                              func.__closure__)
        for name in ('__qualname__', '__kwdefaults__', '__annotations__', '__doc__',
                     '__module__', '__type_params__'):
            setattr(result, name, getattr(func, name))
        result.__dict__.update(func.__dict__)
        return result

    import functools
    from collections.abc import Coroutine, Generator

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if (coro.__class__ is CoroutineType or
                coro.__class__ is GeneratorType and coro.gi_code.co_flags & _CO_ITERABLE_COROUTINE):
            return coro
        if isinstance(coro, Generator) and not isinstance(coro, Coroutine):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped
