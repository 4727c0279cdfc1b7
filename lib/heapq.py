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


def _select(n, iterable, key, largest):
    # The n smallest (or largest) items, keeping only n candidates in a heap whose top is
    # the worst of them; entries (key, arrival order, item) keep equal keys in input order.
    if n == 1:
        items = list(iterable)
        if not items:
            return []
        return [max(items, key=key) if largest else min(items, key=key)]
    if n <= 0:
        return []
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    if key is None:
        key = _identity
    if largest:
        chosen = [(key(item), -i, item) for i, item in zip(range(n), it)]
        if not chosen:
            return chosen
        heapify(chosen)
        worst = chosen[0][0]
        order = -n
        for item in it:
            k = key(item)
            if worst < k:
                heapreplace(chosen, (k, order, item))
                worst = chosen[0][0]
                order -= 1
        chosen.sort(reverse=True)
    else:
        chosen = [(key(item), i, item) for i, item in zip(range(n), it)]
        if not chosen:
            return chosen
        _heapify_max(chosen)
        worst = chosen[0][0]
        order = n
        for item in it:
            k = key(item)
            if k < worst:
                _heapreplace_max(chosen, (k, order, item))
                worst = chosen[0][0]
                order += 1
        chosen.sort()
    return [entry[2] for entry in chosen]


def _identity(item):
    return item


def nsmallest(n, iterable, key=None):
    """The `n` smallest items of `iterable` (as `sorted(iterable, key=key)[:n]`)."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The `n` largest items of `iterable` (as `sorted(iterable, key=key, reverse=True)[:n]`)."""
    return _select(n, iterable, key, True)
