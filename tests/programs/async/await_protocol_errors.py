# What `await`, `async with` and `async for` accept, and CPython's messages when they refuse.
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return "suspended"

async def await_value(v):
    return await v

print(run(await_value(3)))
print(run(await_value(None)))

class NoIter:
    def __await__(self):
        return 5

made = []

class GivesCoroutine:
    def __await__(self):
        c = await_value(1)
        made.append(c)
        return c

class Good:
    def __await__(self):
        return iter_once()

def iter_once():
    return
    yield

print(run(await_value(NoIter())))
c = GivesCoroutine()
print(run(await_value(c)))
made[0].close()
print(run(await_value(Good())))

class NotACM:
    pass

async def use_with(cm):
    async with cm:
        return "inside"

print(run(use_with(NotACM())))

class BadEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2

print(run(use_with(BadEnter())))

class GoodCM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, t, v, tb):
        print("exit", t)
        return True

async def suppressing():
    async with GoodCM() as cm:
        raise KeyError("swallowed")
    return "after with"

print(run(suppressing()))

async def loop_over(x):
    async for i in x:
        pass

print(run(loop_over(5)))

class AiterBad:
    def __aiter__(self):
        return 1

print(run(loop_over(AiterBad())))

class AnextBad:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

print(run(loop_over(AnextBad())))
