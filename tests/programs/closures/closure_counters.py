# Independent closures: each call creates a new cell.
def counter(start=0, step=1):
    value = start

    def next_value():
        nonlocal value
        current = value
        value += step
        return current
    return next_value


a = counter()
b = counter(10, 5)
print(a(), a(), a(), b(), b(), a())


def accumulators():
    total = []

    def add(x):
        total.append(x)
        return sum(total)

    def reset():
        total.clear()
    return add, reset


add, reset = accumulators()
print(add(1), add(2), add(3))
reset()
print(add(10))


def memoize(fn):
    cache = {}
    calls = 0

    def wrapper(n):
        nonlocal calls
        calls += 1
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.stats = lambda: (calls, len(cache))
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.stats())
