# async for with class-based async iterators, else clauses and break.
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    out = []
    async for t in Ticker(3):
        out.append(t)
    else:
        out.append("else")
    async for t in Ticker(5):
        if t == 2:
            continue
        if t == 4:
            break
        out.append(t * 10)
    else:
        out.append("not reached")
    async for a in Ticker(0):
        out.append("never")
    else:
        out.append("empty else")
    return out


c = main()
try:
    c.send(None)
except StopIteration as s:
    print(s.value)


async def wrong():
    async for x in [1, 2]:
        pass


try:
    wrong().send(None)
except TypeError as e:
    print("TypeError:", e)
