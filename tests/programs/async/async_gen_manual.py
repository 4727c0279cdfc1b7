# Async generators driven by hand: asend, athrow, aclose, ag_* attributes, StopAsyncIteration.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stop",)
    except Exception as e:
        return (type(e).__name__, e.args)
    return ("suspended",)

async def agen():
    try:
        x = yield 1
        print("agen got", x)
        yield 2
    except ValueError as e:
        print("agen caught", e)
        yield "after-throw"
    finally:
        print("agen finally")

g = agen()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_frame is not None)
print(step(g.__anext__()))
print(step(g.asend("sent")))
print(step(g.athrow(ValueError("bad"))))
print(step(g.__anext__()))
print(step(g.__anext__()))
print(g.ag_frame)

g = agen()
print(step(g.__anext__()))
print(step(g.aclose()))
print(step(g.aclose()))
print(step(g.__anext__()))

async def returns_early():
    yield "only"

r = returns_early()
print(step(r.asend(None)))
print(step(r.asend(None)))

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

i = ignores_exit()
print(step(i.__anext__()))
print(step(i.aclose()))

async def raises_stop():
    yield 1
    raise StopAsyncIteration

s = raises_stop()
print(step(s.__anext__()))
print(step(s.__anext__()))

fresh = agen()
print(step(fresh.athrow(KeyError("k"))))
print(type(agen().__aiter__()).__name__, type(agen().asend(None)).__name__, type(agen().athrow(ValueError)).__name__)
