# send(): passing values into a running generator.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(acc.send(None))
print(acc.send(10), acc.send(5), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)


def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    yield received


e = echo()
print(next(e), e.send("a"), e.send("b"), e.send("c"))


def two_way():
    x = yield "first"
    y = yield f"got {x}"
    z = yield f"got {y}"
    return (x, y, z)


t = two_way()
print(t.send(None), t.send(1), t.send(2))
try:
    t.send(3)
except StopIteration as stop:
    print(stop.value, stop.args)
