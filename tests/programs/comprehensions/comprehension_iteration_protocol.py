# Comprehensions over custom iterables, iterators and objects with __getitem__.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1


class Legacy:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return chr(ord("a") + i)


class OneShot:
    def __init__(self):
        self.items = [1, 2, 3]

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


print([x for x in Countdown(4)], [c for c in Legacy()], {x for x in OneShot()})
it = OneShot()
print([x for x in it], [x for x in it])
print({k: v for k, v in zip(Legacy(), Countdown(3))})
