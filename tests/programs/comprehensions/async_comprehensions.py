# Async comprehensions inside coroutines, driven by hand.
class AsyncRange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


async def double(x):
    return x * 2


async def main():
    a = [x async for x in AsyncRange(4)]
    b = [await double(x) for x in range(3)]
    c = {x: await double(x) async for x in AsyncRange(3) if x != 1}
    d = [y async for x in AsyncRange(2) for y in range(x + 2)]
    e = {x async for x in AsyncRange(3)}
    g = (await double(x) async for x in AsyncRange(3))
    f = [v async for v in g]
    return a, b, c, d, e, f


coro = main()
try:
    coro.send(None)
except StopIteration as stop:
    print(stop.value)
