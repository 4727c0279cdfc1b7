# async for over a class with __aiter__/__anext__, else clauses, break, and exceptions.
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("aiter")
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    out = []
    async for v in Countdown(3):
        out.append(v)
    else:
        out.append("else")
    async for v in Countdown(5):
        if v == 3:
            break
        out.append(v)
    else:
        out.append("not reached")
    return out

print(run(main()))

class Failing:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("from anext")

async def catches():
    try:
        async for v in Failing():
            pass
    except KeyError as e:
        return f"caught {e!r}"

print(run(catches()))

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")

async def breaks_out():
    g = agen()
    async for v in g:
        print("got", v)
        break
    await g.aclose()
    return "done"

print(run(breaks_out()))
