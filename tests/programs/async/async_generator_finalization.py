# Async generators: return inside, aclose on unstarted and finished generators, errors.
async def gen():
    yield "a"
    return


def step(aw):
    try:
        aw.send(None)
    except StopIteration as s:
        return ("value", s.value)
    except StopAsyncIteration:
        return ("stop",)


g = gen()
print(step(g.__anext__()), step(g.__anext__()), step(g.__anext__()))
g2 = gen()
print(step(g2.aclose()))
print(step(g2.__anext__()))


async def ignores_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g3 = ignores_close()
step(g3.__anext__())
try:
    step(g3.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)


async def with_await():
    class P:
        def __await__(self):
            yield "inner suspension"
    await P()
    yield "after await"


a = with_await().__anext__()
print(a.send(None))
try:
    a.send(None)
except StopIteration as s:
    print("yielded", s.value)
