"""Iterator building blocks: infinite iterators (count, cycle, repeat), iterators over the
shortest input (accumulate, batched, chain, compress, dropwhile, filterfalse, groupby, islice,
pairwise, starmap, takewhile, tee, zip_longest) and combinatorics (product, permutations,
combinations, combinations_with_replacement)."""

import sys as _sys


class _Wrapped:
    # An iterator whose items come from a generator made by the subclass's constructor; the
    # slot `_next` holds that generator's bound __next__.
    __slots__ = ('_next',)

    def __iter__(self):
        return self


# __next__ is a property whose getter is the slot's own (native) __get__: next() finds the
# generator's bound __next__ and calls it, with no Python frame of this module in between.
_Wrapped.__next__ = property(_Wrapped._next.__get__)


def _index(value):
    return range(value).stop if not isinstance(value, int) else int(value)


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ... without end."""

    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not hasattr(type(value), '__add__') or isinstance(value, (str, bytes, list, tuple)):
                raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f'{type(self).__name__}({self._value!r})'
        return f'{type(self).__name__}({self._value!r}, {step!r})'


class cycle(_Wrapped):
    """cycle(iterable): the items of iterable, then the same items again, forever."""

    __slots__ = ()

    def __init__(self, iterable, /):
        self._next = self._run(iter(iterable)).__next__

    @staticmethod
    def _run(it):
        saved = []
        for item in it:
            yield item
            saved.append(item)
        while saved:
            yield from saved


class repeat:
    """repeat(object [,times]): object, times times or forever."""

    __slots__ = ('_object', '_times')

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._times = None
        else:
            times = _index(times)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._times})'


class accumulate(_Wrapped):
    """accumulate(iterable, func=None, *, initial=None): running totals (or running results
    of func), starting with initial when given."""

    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._next = self._run(iter(iterable), func, initial).__next__

    @staticmethod
    def _run(it, func, total):
        if total is None:
            for total in it:
                break
            else:
                return
        yield total
        if func is None:
            for item in it:
                total = total + item
                yield total
        else:
            for item in it:
                total = func(total, item)
                yield total


class batched(_Wrapped):
    """batched(iterable, n): tuples of n items (the last one may be shorter)."""

    __slots__ = ()

    def __init__(self, iterable, n):
        n = _index(n)
        if n < 1:
            raise ValueError('n must be at least one')
        self._next = self._run(iter(iterable), n).__next__

    @staticmethod
    def _run(it, n):
        while True:
            batch = []
            for item in it:
                batch.append(item)
                if len(batch) == n:
                    break
            if not batch:
                return
            yield tuple(batch)
            if len(batch) < n:
                return


class chain(_Wrapped):
    """chain(*iterables): the items of the first iterable, then of the next, and so on."""

    __slots__ = ()

    def __init__(self, *iterables):
        self._next = self._run(iter(iterables)).__next__

    @staticmethod
    def _run(iterables):
        for iterable in iterables:
            yield from iterable

    @classmethod
    def from_iterable(cls, iterable, /):
        """chain.from_iterable(iterable): chains the iterables that iterable yields."""
        obj = cls.__new__(cls)
        obj._next = cls._run(iter(iterable)).__next__
        return obj

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class compress(_Wrapped):
    """compress(data, selectors): the items of data whose selector is true."""

    __slots__ = ()

    def __init__(self, data, selectors):
        self._next = (d for d, s in zip(iter(data), iter(selectors)) if s).__next__


class dropwhile(_Wrapped):
    """dropwhile(predicate, iterable): the items of iterable from the first for which
    predicate is false."""

    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._next = self._run(predicate, iter(iterable)).__next__

    @staticmethod
    def _run(predicate, it):
        for item in it:
            if not predicate(item):
                yield item
                break
        yield from it


class takewhile(_Wrapped):
    """takewhile(predicate, iterable): the items of iterable while predicate is true."""

    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._next = self._run(predicate, iter(iterable)).__next__

    @staticmethod
    def _run(predicate, it):
        for item in it:
            if not predicate(item):
                return
            yield item


class filterfalse(_Wrapped):
    """filterfalse(function or None, iterable): the items for which function (or the item
    itself, for None) is false."""

    __slots__ = ()

    def __init__(self, function, iterable, /):
        it = iter(iterable)
        if function is None:
            self._next = (item for item in it if not item).__next__
        else:
            self._next = (item for item in it if not function(item)).__next__


class groupby:
    """groupby(iterable, key=None): pairs (key, group iterator) for each run of consecutive
    items with equal keys."""

    __slots__ = ('_it', '_keyfunc', '_key', '_value', '_current', '_group_key')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._current = None
        self._key = self._value = self._group_key = _MISSING

    def __iter__(self):
        return self

    def _advance(self):
        value = next(self._it)
        self._value = value
        self._key = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        previous = self._group_key
        self._current = None
        if self._key is _MISSING:
            self._advance()
        elif previous is not _MISSING:
            while self._key == previous:
                self._advance()
        self._group_key = self._key
        group = _grouper(self, self._key)
        self._current = group
        return self._key, group


_MISSING = object()


class _grouper:
    __slots__ = ('_parent', '_key', '_started')

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current is not self:
            raise StopIteration
        if not self._started:
            self._started = True
        else:
            parent._advance()
        if parent._key == self._key:
            return parent._value
        raise StopIteration


_ISLICE_RANGE = 'must be None or an integer: 0 <= x <= sys.maxsize.'


def _islice_arg(value, what):
    if value is None:
        return None
    try:
        value = _index(value)
    except TypeError:
        raise ValueError(f'{what} argument for islice() {_ISLICE_RANGE}') from None
    if value < 0 or value > _sys.maxsize:
        raise ValueError(f'{what} argument for islice() {_ISLICE_RANGE}')
    return value


class islice(_Wrapped):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the items of
    iterable at the indices of range(start, stop, step), without negative indices."""

    __slots__ = ()

    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, _islice_arg(args[0], 'Stop'), None
        elif 2 <= len(args) <= 3:
            stop = _islice_arg(args[1], 'Stop')
            try:
                start = _islice_arg(args[0], 'Start')
            except ValueError:
                raise ValueError(f'Indices for islice() {_ISLICE_RANGE}') from None
            step = args[2] if len(args) == 3 else None
            if step is not None:
                try:
                    step = _index(step)
                except TypeError:
                    step = -1
                if step < 1:
                    raise ValueError('Step for islice() must be a positive integer or None.')
        elif not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        else:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
        self._next = self._run(iter(iterable), start or 0, stop, step or 1).__next__

    @staticmethod
    def _run(it, start, stop, step):
        wanted = start
        index = 0
        if stop is not None and wanted >= stop:
            for index, item in zip(range(start), it):
                pass
            return
        if step == 1:
            # zip asks the range first: no item is taken from `it` past `stop`.
            for index, item in zip(range(start), it):
                pass
            if stop is None:
                yield from it
            else:
                for index, item in zip(range(stop - start), it):
                    yield item
            return
        for item in it:
            if index == wanted:
                yield item
                wanted += step
                if stop is not None and wanted >= stop:
                    if index + 1 < stop:
                        for index, item in zip(range(stop - index - 1), it):
                            pass
                    return
            index += 1


class pairwise(_Wrapped):
    """pairwise(iterable): the overlapping pairs (a, b), (b, c), ... of iterable."""

    __slots__ = ()

    def __init__(self, iterable, /):
        self._next = self._run(iter(iterable)).__next__

    @staticmethod
    def _run(it):
        for previous in it:
            break
        else:
            return
        for item in it:
            yield previous, item
            previous = item


class starmap(_Wrapped):
    """starmap(function, iterable): function(*args) for each args of iterable."""

    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._next = (function(*args) for args in iter(iterable)).__next__


class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    """An iterator over a shared buffer of another iterator's items (made by tee)."""

    __slots__ = ('_source', '_link')

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._link = iterable._link
        else:
            self._source = iter(iterable)
            self._link = _TeeLink()

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source)
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self)


def tee(iterable, n=2, /):
    """tee(iterable, n=2): n independent iterators over the items of iterable."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(it, '__copy__', None)
    first = it if copier is not None and isinstance(it, _tee) else _tee(it)
    result = [first]
    for _ in range(n - 1):
        result.append(_tee(first))
    return tuple(result)


class zip_longest(_Wrapped):
    """zip_longest(*iterables, fillvalue=None): tuples of the items of each iterable, the
    shorter ones padded with fillvalue."""

    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._next = self._run([iter(i) for i in iterables], fillvalue).__next__

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            row = []
            for i, it in enumerate(iterators):
                if it is None:
                    row.append(fillvalue)
                    continue
                for value in it:
                    row.append(value)
                    break
                else:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = None
                    row.append(fillvalue)
            yield tuple(row)


class product(_Wrapped):
    """product(*iterables, repeat=1): the cartesian product of the iterables, as tuples."""

    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(i) for i in iterables] * repeat
        self._next = self._run(pools).__next__

    @staticmethod
    def _run(pools):
        if any(not pool for pool in pools):
            return
        indices = [0] * len(pools)
        yield tuple(pool[0] for pool in pools)
        while True:
            pos = len(pools) - 1
            while pos >= 0:
                indices[pos] += 1
                if indices[pos] < len(pools[pos]):
                    break
                indices[pos] = 0
                pos -= 1
            if pos < 0:
                return
            yield tuple(pool[i] for pool, i in zip(pools, indices))


class permutations(_Wrapped):
    """permutations(iterable, r=None): the r-length orderings of the items of iterable."""

    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            r = _index(r)
            if r < 0:
                raise ValueError('r must be non-negative')
        self._next = self._run(pool, r).__next__

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        used = [False] * n
        chosen = []

        def extend():
            if len(chosen) == r:
                yield tuple(pool[i] for i in chosen)
                return
            for i in range(n):
                if not used[i]:
                    used[i] = True
                    chosen.append(i)
                    yield from extend()
                    chosen.pop()
                    used[i] = False

        yield from extend()


class combinations(_Wrapped):
    """combinations(iterable, r): the r-length subsequences of the items of iterable."""

    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._next = self._run(pool, r).__next__

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            pos = r - 1
            while pos >= 0 and indices[pos] == pos + n - r:
                pos -= 1
            if pos < 0:
                return
            indices[pos] += 1
            for j in range(pos + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Wrapped):
    """combinations_with_replacement(iterable, r): the r-length subsequences of the items
    of iterable, items allowed to repeat."""

    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._next = self._run(pool, r).__next__

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            pos = r - 1
            while pos >= 0 and indices[pos] == n - 1:
                pos -= 1
            if pos < 0:
                return
            value = indices[pos] + 1
            for j in range(pos, r):
                indices[j] = value
            yield tuple(pool[i] for i in indices)
