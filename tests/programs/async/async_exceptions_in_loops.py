# try/except/finally inside async for and async with, with await in handlers.
class P:
    def __await__(self):
        yield


class Items:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        await P()
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


async def main():
    out = []
    async for v in Items([1, 0, 2, "x"]):
        try:
            out.append(10 // v)
        except ZeroDivisionError:
            await P()
            out.append("zero")
        except TypeError:
            out.append("type")
            break
        finally:
            out.append("|")
    return out


c = main()
steps = 0
while True:
    try:
        c.send(None)
        steps += 1
    except StopIteration as s:
        print(s.value, "steps:", steps)
        break
