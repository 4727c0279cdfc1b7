"""Container datatypes: namedtuple, deque, ChainMap, Counter, OrderedDict, defaultdict,
UserDict, UserList and UserString."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import _collections_abc
import sys as _sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import eq as _eq, itemgetter as _itemgetter

_GenericAlias = type(list[int])


def _recursive_repr(method, fill='...'):
    # Makes a __repr__ show `fill` for an object already being shown higher up.
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return fill
        running.add(key)
        try:
            return method(self)
        finally:
            running.discard(key)
    wrapper.__name__ = method.__name__
    wrapper.__qualname__ = method.__qualname__
    return wrapper


################################################################################
# deque
################################################################################

class deque:
    """A list-like sequence optimized for appends and pops at either end, optionally
    bounded by maxlen."""

    __slots__ = ('_buf', '_head', '_size', '_mask', '_maxlen', '_state')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._buf = [None] * 8
        self._mask = 7
        self._head = 0
        self._size = 0
        self._maxlen = maxlen
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _grow(self):
        # Doubles the ring's capacity (a power of two), the items moved to its start.
        buf = self._buf
        head = self._head
        self._buf = buf[head:] + buf[:head] + [None] * len(buf)
        self._mask = len(self._buf) - 1
        self._head = 0

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        self._state += 1
        size = self._size
        maxlen = self._maxlen
        if maxlen is not None and size >= maxlen:
            if not maxlen:
                return
            buf = self._buf
            head = self._head
            mask = self._mask
            buf[(head + size) & mask] = x
            buf[head] = None
            self._head = (head + 1) & mask
            return
        if size > self._mask:
            self._grow()
        self._buf[(self._head + size) & self._mask] = x
        self._size = size + 1

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        self._state += 1
        size = self._size
        maxlen = self._maxlen
        if maxlen is not None and size >= maxlen:
            if not maxlen:
                return
            buf = self._buf
            mask = self._mask
            head = (self._head - 1) & mask
            buf[head] = x
            buf[(head + size) & mask] = None
            self._head = head
            return
        if size > self._mask:
            self._grow()
        head = (self._head - 1) & self._mask
        self._buf[head] = x
        self._head = head
        self._size = size + 1

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._size:
            raise IndexError('pop from an empty deque')
        self._state += 1
        self._size -= 1
        buf = self._buf
        pos = (self._head + self._size) & self._mask
        value = buf[pos]
        buf[pos] = None
        return value

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._size:
            raise IndexError('pop from an empty deque')
        self._state += 1
        buf = self._buf
        head = self._head
        value = buf[head]
        buf[head] = None
        self._head = (head + 1) & self._mask
        self._size -= 1
        return value

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        append = self.append
        for item in iterable:
            append(item)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        appendleft = self.appendleft
        for item in iterable:
            appendleft(item)

    def _items(self):
        buf = self._buf
        head = self._head
        end = head + self._size
        if end <= len(buf):
            return buf[head:end]
        return buf[head:] + buf[:end - len(buf)]

    def _reset(self, items):
        self._state += 1
        cap = 8
        while cap < len(items):
            cap *= 2
        self._buf = list(items) + [None] * (cap - len(items))
        self._mask = cap - 1
        self._head = 0
        self._size = len(items)

    def clear(self):
        """Remove all elements from the deque."""
        self._reset([])

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self._items(), self._maxlen) if type(self) is not deque \
            else deque(self._items(), self._maxlen)

    __copy__ = copy

    def count(self, value, /):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for item in self._items():
            if item is value or item == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=_sys.maxsize, /):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        size = self._size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        state = self._state
        buf = self._buf
        for i in range(start, stop):
            item = buf[(self._head + i) & self._mask]
            if item is value or item == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value, /):
        """Insert value before index."""
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(index, value)
        self._reset(items)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        items = self._items()
        state = self._state
        for i, item in enumerate(items):
            if item is value or item == value:
                if state != self._state:
                    raise IndexError('deque mutated during remove().')
                del items[i]
                self._reset(items)
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._reset(items)

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        size = self._size
        if size <= 1:
            return
        n %= size
        if n:
            items = self._items()
            self._reset(items[-n:] + items[:-n])

    def _position(self, index):
        if not isinstance(index, int):
            if hasattr(type(index), '__index__'):
                index = index.__index__()
            else:
                raise TypeError(f'sequence index must be integer, not {type(index).__name__!r}')
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError('deque index out of range')
        return (self._head + index) & self._mask

    def __getitem__(self, index, /):
        if type(index) is int and 0 <= index < self._size:
            return self._buf[(self._head + index) & self._mask]
        return self._buf[self._position(index)]

    def __setitem__(self, index, value, /):
        self._buf[self._position(index)] = value

    def __delitem__(self, index, /):
        self._position(index)
        items = self._items()
        del items[index]
        self._reset(items)

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __contains__(self, value):
        state = self._state
        for item in self._items():
            if item is value or item == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __repr__(self):
        name = type(self).__name__
        items = repr(self._items())
        if self._maxlen is None:
            return f'{name}({items})'
        return f'{name}({items}, maxlen={self._maxlen})'

    __repr__ = _recursive_repr(__repr__, '[...]')

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items(), other._items())

    def __eq__(self, other):
        return self._compare(other, list.__eq__)

    def __ne__(self, other):
        return self._compare(other, list.__ne__)

    def __lt__(self, other):
        return self._compare(other, list.__lt__)

    def __le__(self, other):
        return self._compare(other, list.__le__)

    def __gt__(self, other):
        return self._compare(other, list.__gt__)

    def __ge__(self, other):
        return self._compare(other, list.__ge__)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        items = self._items()
        if n <= 0:
            self.clear()
        elif n > 1:
            self.clear()
            self.extend(items * n)
        return self

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        return type(self), ((), self._maxlen), state, iter(self)

    __class_getitem__ = classmethod(_GenericAlias)


class _deque_iterator:
    __slots__ = ('_deque', '_index', '_state', '_reverse')

    def __init__(self, d, reverse):
        self._deque = d
        self._index = 0
        self._state = d._state
        self._reverse = reverse

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d is None:
            raise StopIteration
        if d._state != self._state:
            self._deque = None
            raise RuntimeError('deque mutated during iteration')
        i = self._index
        if i >= d._size:
            self._deque = None
            raise StopIteration
        self._index = i + 1
        if self._reverse:
            i = d._size - 1 - i
        return d._buf[(d._head + i) & d._mask]

    def __length_hint__(self):
        d = self._deque
        return 0 if d is None else d._size - self._index


_deque_iterator.__name__ = _deque_iterator.__qualname__ = '_deque_iterator'
_collections_abc.MutableSequence.register(deque)


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """A dict that calls default_factory() to supply the value of a missing key (and
    stores it)."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    @_recursive_repr
    def _factory_repr(self):
        return repr(self.default_factory)

    def __repr__(self):
        return f'{type(self).__name__}({self._factory_repr()}, {dict.__repr__(self)})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


defaultdict.__module__ = 'collections'


################################################################################
# OrderedDict
################################################################################

class OrderedDict(dict):
    """A dict that remembers insertion order, with move_to_end, popitem(last=...) and
    order-sensitive equality with other OrderedDicts."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if isinstance(other, dict) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    @_recursive_repr
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({dict(self.items())!r})'

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary.

        Return the value for key if key is in the dictionary, else default."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# namedtuple
################################################################################

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new subclass of tuple with named fields: Point = namedtuple('Point', ['x', 'y'])."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = tuple.__new__

    namespace = {'_tuple_new': tuple_new, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    code = f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))'
    __new__ = eval(code, namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '
                              'or iterable')

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = property(_itemgetter(index), doc=f'Alias for field number {index}')

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


################################################################################
# Counter
################################################################################

class Counter(dict):
    """A dict subclass counting hashable items: Counter('abracadabra')['a'] == 5."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts."""
        ordered = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)] if n >= 0 else ordered[:0]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return f'{self.__class__.__name__}({shown!r})'

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            total = count + other[elem]
            if total > 0:
                result[elem] = total
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            diff = count - other[elem]
            if diff > 0:
                result[elem] = diff
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            bigger = other_count if count < other_count else count
            if bigger > 0:
                result[elem] = bigger
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            smaller = count if count < other_count else other_count
            if smaller > 0:
                result[elem] = smaller
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
# ChainMap
################################################################################

class ChainMap(_collections_abc.MutableMapping):
    """A view of several mappings as one: lookups search them in order; writes and
    deletions go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        keys = {}
        for mapping in reversed(self.maps):
            keys.update(dict.fromkeys(mapping))
        return iter(keys)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Create a ChainMap with a single dict created from the iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return self.__class__(merged)


from collections._user import UserDict, UserList, UserString  # noqa: E402
from collections import abc  # noqa: E402
