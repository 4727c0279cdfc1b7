"""Shallow and deep copies of objects: copy(x), deepcopy(x, memo)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    """Raised for objects that cannot be copied."""


error = Error

from copyreg import dispatch_table

_ATOMIC = frozenset({
    type(None), int, float, bool, complex, str, bytes, tuple, frozenset, type, range, slice,
    property, type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0), type(Error.__init__),
})

_SHALLOW_BY_METHOD = frozenset({list, dict, set, bytearray})


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _reduction(x, cls):
    # The 5-tuple (or str) that tells how to rebuild x, as __reduce_ex__(4) would give it; for
    # instances of classes defined in Python, built here when the object's own reduction
    # does not know them.
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reduce_ex = getattr(cls, "__reduce_ex__", None)
    if reduce_ex is not None and reduce_ex is not object.__reduce_ex__:
        return x.__reduce_ex__(4)
    reduce = getattr(cls, "__reduce__", None)
    if reduce is not None and reduce is not object.__reduce__:
        return x.__reduce__()
    try:
        return x.__reduce_ex__(4)
    except TypeError:
        if getattr(cls, "__module__", "builtins") == "builtins":
            raise
    getnewargs = getattr(x, "__getnewargs__", None)
    args = getnewargs() if getnewargs is not None else ()
    state = x.__getstate__()
    list_items = iter(x) if isinstance(x, list) else None
    dict_items = iter(x.items()) if isinstance(x, dict) else None
    return _new_object, (cls,) + tuple(args), state, list_items, dict_items


def copy(x):
    """A shallow copy of `x`."""
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls in _SHALLOW_BY_METHOD:
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduction(x, cls)
    if isinstance(rv, str):
        return x
    return _rebuild(x, rv, False, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of `x`; `memo` maps the ids of objects already copied to their copies (so
    that shared and cyclic references are kept)."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMIC and cls is not tuple:
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        append = y.append
        for item in x:
            append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        found = memo.get(key, _nil)
        if found is not _nil:
            return found
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is set or cls is bytearray:
        y = _deep_via_reduce(x, cls, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _deep_via_reduce(x, cls, memo)
    if y is not x:
        memo[key] = y
        keep = memo.setdefault(id(memo), [])
        keep.append(x)
    return y


def _deep_via_reduce(x, cls, memo):
    if cls is set:
        return set(deepcopy(list(x), memo))
    if cls is bytearray:
        return bytearray(x)
    rv = _reduction(x, cls)
    if isinstance(rv, str):
        return x
    return _rebuild(x, rv, True, memo)


def _rebuild(x, rv, deep, memo):
    if not isinstance(rv, tuple):
        raise Error(f"un(deep)copyable object of type {type(x)}")
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    list_items = rv[3] if len(rv) > 3 else None
    dict_items = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slot_state = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_state = state
            if state:
                y.__dict__.update(state)
            if slot_state:
                for name, value in slot_state.items():
                    setattr(y, name, value)
    if list_items is not None:
        for item in list_items:
            y.append(deepcopy(item, memo) if deep else item)
    if dict_items is not None:
        for k, v in dict_items:
            if deep:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            else:
                y[k] = v
    return y
