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

