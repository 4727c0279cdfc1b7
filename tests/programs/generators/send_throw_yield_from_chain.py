# send and throw through multiple levels of yield from.
def leaf():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError:
            total = -1
            continue
        if v is None:
            return total
        total += v


def middle():
    r = yield from leaf()
    return r * 10


def top():
    r = yield from middle()
    yield f"top got {r}"


g = top()
print(next(g), g.send(1), g.send(2), g.throw(ValueError), g.send(5), g.send(None))
try:
    next(g)
except StopIteration:
    print("done")


class IterOnly:
    def __iter__(self):
        return iter([1, 2])


def delegate_to_iterator():
    yield from IterOnly()


d = delegate_to_iterator()
print(next(d))
try:
    d.send("value")
except AttributeError as e:
    print("AttributeError:", e)
