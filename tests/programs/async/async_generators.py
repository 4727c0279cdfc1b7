# Async generators driven by hand with asend/athrow/aclose.
async def agen():
    try:
        x = yield 1
        print("agen received", x)
        y = yield 2
        print("agen received", y)
    finally:
        print("agen finally")


def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as s:
        return s.value
    raise AssertionError("awaitable suspended")


g = agen()
print(type(g).__name__, g.__name__)
print(step(g.asend(None)))
print(step(g.asend("hello")))
try:
    step(g.asend("world"))
except StopAsyncIteration:
    print("StopAsyncIteration")


async def counting():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            print("caught in agen", e)
            yield "recovered"


c = counting()
print(step(c.__anext__()))
print(step(c.athrow(ValueError("oops"))))
print(step(c.__anext__()))
step(c.aclose())
print("aclosed")


async def consume():
    return [v async for v in counting()]


print(step(consume()))
