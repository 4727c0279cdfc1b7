# nonlocal variables modified in loops, try blocks and generators.
def run():
    state = []
    count = 0

    def worker(items):
        nonlocal count
        for item in items:
            try:
                if item < 0:
                    raise ValueError(item)
                count += item
            except ValueError:
                state.append(f"bad {item}")
            finally:
                count += 0
        return count
    worker([1, 2, -3, 4])
    return count, state


print(run())


def gen_nonlocal():
    total = 0

    def g():
        nonlocal total
        while True:
            v = yield total
            if v is None:
                return
            total += v
    it = g()
    next(it)
    it.send(5)
    it.send(7)
    return total


print(gen_nonlocal())
