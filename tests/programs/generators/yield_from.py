# yield from: delegation, return values, send/throw/close forwarding.
def inner():
    x = yield "inner 1"
    print("inner got", x)
    y = yield "inner 2"
    print("inner got", y)
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got result:", result)
    yield "outer done"


g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(list(yield_from_iterables() for yield_from_iterables in []) if False else "")


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(2), (x for x in "yz"))))


def catcher():
    try:
        yield 1
    except KeyError as e:
        print("inner caught", repr(e))
        yield "after catch"


def delegator():
    yield from catcher()
    yield "delegator continues"


d = delegator()
print(next(d))
print(d.throw(KeyError("k")))
print(next(d))


def closing_inner():
    try:
        yield 1
    finally:
        print("inner finally on close")


def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer finally on close")


co = closing_outer()
next(co)
co.close()


def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    yield f"level {n}"
    return r + 1


gen = depth(3)
print(list(gen))


def returns_value():
    return (yield from [])


try:
    next(returns_value())
except StopIteration as e:
    print("yield from empty:", e.value)
