# Coroutines driven by hand: send(None) until StopIteration.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def add(a, b):
    return a + b


async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y


print(run(compute()))
c = add(1, 1)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def no_return():
    pass


print(run(no_return()))
print(add.__code__.co_flags & 0x80 == 0x80)
