"""Heap queues: lists kept so that `heap[k] <= heap[2*k+1]` and `heap[k] <= heap[2*k+2]`,
the smallest item at index 0."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heapify_max, _heappop_max, _heapreplace_max)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted iterables into one sorted iterator (lazily; stable: among equal items,
    those of earlier iterables come first)."""
    entries = []
    direction = -1 if reverse else 1
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append([value if key is None else key(value), order * direction, value, it])
            break
    if reverse:
        _heapify_max(entries)
        pop_top, replace_top = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop_top, replace_top = heappop, heapreplace
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        it = entry[3]
        for value in it:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace_top(entries, entry)
            break
        else:
            pop_top(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The `n` smallest items of `iterable` (as `sorted(iterable, key=key)[:n]`)."""
    if n == 1:
        items = list(iterable)
        if not items:
            return []
        return [min(items, key=key)]
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The `n` largest items of `iterable` (as `sorted(iterable, key=key, reverse=True)[:n]`)."""
    if n == 1:
        items = list(iterable)
        if not items:
            return []
        return [max(items, key=key)]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
