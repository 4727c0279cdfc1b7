"""Weak references: ref, proxy, WeakMethod, the weak containers WeakValueDictionary,
WeakKeyDictionary and WeakSet, and finalize."""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs, _proxy_target, _new_proxy

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


def _target(p):
    return _proxy_target(p)


class ProxyType(ref):
    """A proxy: stands for its referent in attribute access and operations, until the
    referent goes (then ReferenceError)."""

    __slots__ = ()

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        o = _target(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __eq__(self, other):
        return _target(self) == other

    def __ne__(self, other):
        return _target(self) != other

    def __lt__(self, other):
        return _target(self) < other

    def __le__(self, other):
        return _target(self) <= other

    def __gt__(self, other):
        return _target(self) > other

    def __ge__(self, other):
        return _target(self) >= other

    __hash__ = None

    def __add__(self, other):
        return _target(self) + other

    def __radd__(self, other):
        return other + _target(self)

    def __sub__(self, other):
        return _target(self) - other

    def __rsub__(self, other):
        return other - _target(self)

    def __mul__(self, other):
        return _target(self) * other

    def __rmul__(self, other):
        return other * _target(self)

    def __truediv__(self, other):
        return _target(self) / other

    def __floordiv__(self, other):
        return _target(self) // other

    def __mod__(self, other):
        return _target(self) % other

    def __neg__(self):
        return -_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __index__(self):
        return _target(self).__index__()

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __enter__(self):
        return _target(self).__enter__()

    def __exit__(self, *args):
        return _target(self).__exit__(*args)


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None, /):
    """A proxy to obj that does not keep it alive."""
    cls = CallableProxyType if callable(obj) else ProxyType
    return _new_proxy(cls, obj, callback)


class WeakMethod(ref):
    """A weak reference to a bound method, alive while both its object and its function are."""

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers a key (the values of WeakValueDictionary)."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


_missing = object()


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value does."""

    def __init__(self, other=(), /, **kw):
        self_wr = ref(self)

        def remove(wr):
            d = self_wr()
            if d is not None:
                if d.data.get(wr.key) is wr:
                    del d.data[wr.key]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __iter__(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __or__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def keys(self):
        return list(iter(self))

    def values(self):
        out = []
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                out.append(o)
        return out

    def items(self):
        out = []
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((key, o))
        return out

    def itervaluerefs(self):
        return iter([wr for wr in self.data.values() if wr() is not None])

    def valuerefs(self):
        return list(self.itervaluerefs())

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def setdefault(self, key, default=None):
        o = self.get(key, _missing)
        if o is _missing:
            self[key] = default
            return default
        return o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakValueDictionary()
        for key, o in self.items():
            new[key] = o
        return new

    __copy__ = copy

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, 'keys'):
                other = [(k, other[k]) for k in other.keys()]
            for key, o in other:
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key does."""

    def __init__(self, dict=None):
        self_wr = ref(self)

        def remove(k):
            d = self_wr()
            if d is not None:
                try:
                    del d.data[k]
                except KeyError:
                    pass
        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for wr, v in list(self.data.items()) if wr() is not None]

    def items(self):
        out = []
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((o, v))
        return out

    def keyrefs(self):
        return [wr for wr in self.data if wr() is not None]

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def __or__(self, other):
        if isinstance(other, (dict, WeakKeyDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet:
    """A set whose items are held weakly: an item goes when nothing else holds it."""

    def __init__(self, data=None):
        self_wr = ref(self)

        def remove(item):
            s = self_wr()
            if s is not None:
                s.data.discard(item)
        self._remove = remove
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            o = wr()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        for item in other:
            self.discard(item)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        keep = set(ref(item) for item in other)
        self.data &= keep

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        for item in other:
            if item in self:
                self.discard(item)
            else:
                self.add(item)

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """Calls func(*args, **kwargs) when obj goes (or when called first), at most once."""

    __slots__ = ()
    _registry = {}
    _index = [0]

    _shutdown = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            # At exit, the finalizers still alive with atexit set run (see _exitfunc).
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index[0] += 1
        info.index = finalize._index[0]
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """(obj, func, args, kwargs) if still alive, and never call it; else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})
        return None

    def peek(self):
        """(obj, func, args, kwargs) if still alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})
        return None

    @property
    def alive(self):
        """Whether the finalizer has not run yet."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether it runs at exit if still alive then."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    @classmethod
    def _exitfunc(cls):
        # The alive finalizers marked atexit, newest first; none runs after this.
        try:
            pending = sorted((i.index, f) for f, i in cls._registry.items() if i.atexit)
            for _, f in reversed(pending):
                f()
        finally:
            cls._shutdown = True

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))
