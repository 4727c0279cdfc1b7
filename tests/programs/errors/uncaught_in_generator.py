# A traceback passing through a generator and a generator expression.
def numbers():
    yield 1
    yield 2
    yield 1 / 0


def consume():
    return sum(n * 2 for n in numbers())


consume()
