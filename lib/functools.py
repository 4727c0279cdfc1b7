"""Higher-order functions and operations on callables: reduce, partial, lru_cache and cache,
wraps and update_wrapper, total_ordering, cmp_to_key, cached_property, singledispatch."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from abc import get_cache_token
from types import GenericAlias, MethodType, MappingProxyType, UnionType

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes `wrapper` look like `wrapped`: copies the attributes named in `assigned`, merges
    the dicts named in `updated`, and sets `wrapper.__wrapped__`; returns `wrapper`."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator applying update_wrapper(wrapper, wrapped, assigned, updated)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# total_ordering: each comparison written with the one the class defines.

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_DERIVED_COMPARISONS = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    """A class decorator filling in the comparison methods missing from a class that defines
    __eq__ and one of __lt__, __le__, __gt__, __ge__."""
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)
    for name, func in _DERIVED_COMPARISONS[root]:
        if name not in defined:
            func = _copy_function(func, name, cls)
            setattr(cls, name, func)
    return cls


def _copy_function(func, name, cls):
    def method(self, other):
        return func(self, other)
    method.__name__ = name
    method.__qualname__ = f'{cls.__qualname__}.{name}'
    return method


class KeyWrapper:
    """A key made by cmp_to_key: called with an object, it wraps that object so that
    comparisons go through the comparison function."""

    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    """Turns an old-style comparison function (negative, zero or positive) into a key
    function."""
    return KeyWrapper(mycmp)


_NO_INITIAL = object()


def reduce(*args):
    """reduce(function, iterable[, initial]):
    Applies `function` of two arguments cumulatively to the items of `iterable`, from the
    left, starting with `initial` when given: reduce(f, [a, b, c]) is f(f(a, b), c)."""
    if not 2 <= len(args) <= 3:
        few = len(args) < 2
        raise TypeError(f"reduce expected at {'least' if few else 'most'} {2 if few else 3} "
                        f"arguments, got {len(args)}")
    function, iterable = args[0], args[1]
    initial = args[2] if len(args) == 3 else _NO_INITIAL
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    value = initial
    if value is _NO_INITIAL:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in it:
        value = function(value, item)
    return value


class partial:
    """A new function with `args` and `keywords` applied to `func` before the call's own."""

    __slots__ = ('func', 'args', 'keywords', '__dict__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial) and type(func).__call__ is partial.__call__:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        cls = type(self)
        if cls.__module__ == 'functools':
            return f'functools.{cls.__qualname__}({", ".join(parts)})'
        return f'{cls.__qualname__}({", ".join(parts)})'

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords or None,
                                          self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError(f'expected 4 items in state, got {len(state)}')
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(kwds) if kwds is not None else {}
        self.__dict__.clear()
        if namespace:
            self.__dict__.update(namespace)

    __class_getitem__ = classmethod(GenericAlias)


class partialmethod:
    """A method descriptor applying `args` and `keywords` to `func` after the instance (or
    with the descriptor `func` bound first)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ', '.join(map(repr, self.args))
        keywords = ', '.join(f'{k}={v!r}' for k, v in self.keywords.items())
        cls = type(self)
        return f'{cls.__module__}.{cls.__qualname__}({self.func!r}, {args}, {keywords})'

    def _unbound(self):
        def method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        getter = getattr(self.func, '__get__', None)
        result = None
        if getter is not None:
            bound = getter(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = MethodType(self._unbound(), obj) if obj is not None else self._unbound()
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


_CacheInfo = None


def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
        _CacheInfo.__module__ = 'functools'
    return _CacheInfo


class _HashedSeq(list):
    # A key made of several values, hashed once.
    __slots__ = ('hashvalue',)

    def __init__(self, items):
        self[:] = items
        self.hashvalue = hash(items)

    def __hash__(self):
        return self.hashvalue


_KWD_MARK = (object(),)
_FAST_TYPES = frozenset({int, str})


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return _HashedSeq(key)


class _lru_cache_wrapper:
    """A function wrapped by lru_cache: results remembered by arguments."""

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        result = cache.get(key, _lru_cache_wrapper)
        if result is not _lru_cache_wrapper:
            self._hits += 1
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:
            return result
        if maxsize is not None and len(cache) >= maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return MethodType(self, obj)

    def cache_info(self):
        """Report cache statistics"""
        return _cache_info_type()(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._cache.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        """The maxsize and typed arguments the cache was made with."""
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def lru_cache(maxsize=128, typed=False):
    """A decorator remembering the results of up to `maxsize` most recent calls (all of them
    when maxsize is None); `typed` keeps arguments of different types apart (1 and 1.0)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)
    return decorating_function


def cache(user_function, /):
    """An unbounded lru_cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


def _dispatch_order(cls, candidates):
    # The registered classes that `cls` is a subclass of, ordered as dispatch prefers them:
    # the classes of its MRO in order, each followed by the registered abstract classes
    # (not in the MRO) that it is a subclass of and the next class of the MRO is not.
    mro = cls.__mro__
    abstract = [t for t in candidates if t not in mro and issubclass(cls, t)]
    order = []
    for i, base in enumerate(mro):
        if base in candidates:
            order.append([base])
        following = mro[i + 1] if i + 1 < len(mro) else None
        here = [t for t in abstract
                if issubclass(base, t) and (following is None or not issubclass(following, t))]
        if here:
            order.append(here)
            abstract = [t for t in abstract if t not in here]
    return order


def _find_implementation(cls, registry):
    for group in _dispatch_order(cls, registry):
        if len(group) == 1:
            return registry[group[0]]
        best = [t for t in group if all(issubclass(t, other) for other in group)]
        if best:
            return registry[best[0]]
        raise RuntimeError(f'Ambiguous dispatch: {group[0]} or {group[1]}')
    return None


def _is_union(cls):
    return isinstance(cls, UnionType) or (
        getattr(cls, '__origin__', None) is not None and
        repr(getattr(cls, '__origin__', None)) == 'typing.Union')


def _valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union(cls) and all(isinstance(arg, type) for arg in cls.__args__)


def singledispatch(func):
    """Turns `func` into a generic function dispatching on the class of its first argument;
    implementations for other classes are added with `.register`."""
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """The implementation for `cls` (the most specific registered class it is a
        subclass of)."""
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        try:
            impl = registry[cls]
        except KeyError:
            impl = _find_implementation(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Registers `func` as the implementation for `cls` (or for the class its first
        parameter is annotated with, as `@register`)."""
        nonlocal cache_token
        if _valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                                f'Use either `@register(some_class)` or plain `@register` '
                                f'on an annotated function.')
            func = cls
            argname, cls = next(iter(annotations.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, '__globals__', {}))
            if not _valid_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError(f'Invalid annotation for {argname!r}. '
                                    f'{cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        if _is_union(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method descriptor dispatching on the class of the first argument after self (or
    cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Registers `method` as the implementation for `cls`."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch
        funcname = getattr(self.func, '__name__', 'singledispatchmethod method')

        def _method(*args, **kwargs):
            if not args:
                raise TypeError(f'{funcname} requires at least 1 positional argument')
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {self.attrname!r} property.") from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} "
                                f"instance does not support item assignment for caching "
                                f"{self.attrname!r} property.") from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
