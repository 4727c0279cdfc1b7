# async with implemented with classes.
log = []


class Pause:
    def __await__(self):
        log.append("pause")
        yield


class AsyncCM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        log.append(f"aenter {self.name}")
        await Pause()
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        log.append(f"aexit {self.name} {et.__name__ if et else None}")
        return self.suppress


async def main():
    async with AsyncCM("a") as a, AsyncCM("b") as b:
        log.append(f"body {a} {b}")
    async with AsyncCM("s", suppress=True):
        raise ValueError("suppressed")
    try:
        async with AsyncCM("p"):
            raise KeyError("propagates")
    except KeyError as e:
        log.append(f"caught {e}")
    async with AsyncCM("r"):
        return "returned inside async with"


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as s:
            return s.value


print(run(main()))
for line in log:
    print(line)


class NotAsyncCM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


async def wrong():
    async with NotAsyncCM():
        pass


try:
    run(wrong())
except TypeError as e:
    print("TypeError:", e)
