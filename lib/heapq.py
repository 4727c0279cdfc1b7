"""Heap queues: lists kept so that `heap[k] <= heap[2*k+1]` and `heap[k] <= heap[2*k+2]`,
the smallest item at index 0."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, func, only=False):
    if not isinstance(heap, list):
        which = "argument" if only else "argument 1"
        kind = "None" if heap is None else type(heap).__name__
        raise TypeError(f"{func}() {which} must be list, not {kind}")


def _sift_up_from(heap, start, pos):
    # Moves heap[pos] towards the root (not above `start`) while it is smaller than its parent.
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_down_from(heap, pos):
    # Lets heap[pos] sink to a leaf along the smaller children, then bubbles it back up.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up_from(heap, start, pos)


def _sift_up_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_down_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up_max(heap, start, pos)


def heappush(heap, item, /):
    """Pushes `item` onto `heap`, keeping it a heap."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _sift_up_from(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pops the smallest item off `heap`, keeping it a heap."""
    _check_list(heap, 'heappop', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_down_from(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pops the smallest item and pushes `item` (in that order: the result may be larger
    than `item`)."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_down_from(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Pushes `item` then pops the smallest item, faster than the two calls."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down_from(heap, 0)
    return item


def heapify(heap, /):
    """Rearranges the list `heap` into a heap, in place, in linear time."""
    _check_list(heap, 'heapify', True)
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sift_down_from(heap, pos)


def _heapify_max(heap, /):
    """Rearranges the list into a max-heap, in place."""
    _check_list(heap, '_heapify_max', True)
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sift_down_max(heap, pos)


def _heappop_max(heap, /):
    """Pops the largest item off a max-heap."""
    _check_list(heap, '_heappop_max', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sift_down_max(heap, 0)
    return largest


def _heapreplace_max(heap, item, /):
    """Pops the largest item of a max-heap and pushes `item`."""
    _check_list(heap, '_heapreplace_max')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sift_down_max(heap, 0)
    return largest


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
