# Generators: pipelines of generator functions, generator expressions and yield from.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def chain(n):
    yield from count(n)
    yield from count(n)


def run(n):
    total = sum(squares(evens(count(n))))
    total += sum(x for x in chain(n) if x & 1)
    total += max(y for y in range(n))
    return total


print(run(1_000_000))
