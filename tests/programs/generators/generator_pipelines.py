# Generator pipelines and infinite generators combined with builtins.
def naturals():
    n = 1
    while True:
        yield n
        n += 1


def take(n, it):
    for _, v in zip(range(n), it):
        yield v


def evens(it):
    return (x for x in it if x % 2 == 0)


def squares(it):
    for x in it:
        yield x * x


print(list(take(5, squares(evens(naturals())))))
print(sum(take(100, naturals())), list(take(3, map(str, naturals()))))
print(list(enumerate(take(3, naturals()), start=10)), dict(zip("abc", naturals())))
it = iter(naturals())
print(next(it), next(it), list(take(2, it)), next(it))


def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n


print(list(take(10, primes())))
