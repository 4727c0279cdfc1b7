# An async generator that yields in answer to aclose(): RuntimeError, uncaught.
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = stubborn()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
g.aclose().send(None)
