# Nested awaits, awaiting coroutines several levels deep, and a tiny scheduler.
class Yield:
    def __await__(self):
        yield


async def leaf(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await Yield()
    return f"{name} finished"


async def middle(name):
    r = await leaf(name, 2)
    return r.upper()


def scheduler(coros):
    ready = list(coros)
    results = {}
    while ready:
        name, coro = ready.pop(0)
        try:
            coro.send(None)
            ready.append((name, coro))
        except StopIteration as s:
            results[name] = s.value
    return results


print(scheduler([("A", middle("a")), ("B", leaf("b", 3)), ("C", middle("c"))]))
