# await in f-strings, conditionals and arguments; async for/with inside an async generator;
# async comprehensions nested in ordinary comprehensions.
class Pause:
    def __await__(self):
        yield


class AIter:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Pause()
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


class ACM:
    async def __aenter__(self):
        await Pause()
        return "cm"

    async def __aexit__(self, *exc):
        return False


async def value(v):
    await Pause()
    return v


async def agen():
    async with ACM() as name:
        async for item in AIter("ab"):
            yield f"{name}:{item}:{await value(1)}"


async def main():
    a = f"{await value('x')}-{await value('y')}"
    b = await value(1) if await value(True) else await value(2)
    c = max(await value(3), await value(4), key=lambda v: -v)
    d = [x async for x in agen()]
    e = [[y async for y in AIter(range(n))] for n in range(3)]
    f = {k: await value(k * 2) for k in range(2)}
    return a, b, c, d, e, f


coro = main()
steps = 0
while True:
    try:
        coro.send(None)
        steps += 1
    except StopIteration as s:
        print(s.value)
        print("suspensions:", steps)
        break
