# Custom awaitables: __await__ returning iterators that suspend the coroutine.
class Suspend:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        received = yield f"suspended at {self.label}"
        return f"{self.label} resumed with {received}"


async def worker():
    a = await Suspend("first")
    print(a)
    b = await Suspend("second")
    print(b)
    return "worker done"


w = worker()
print(w.send(None))
print(w.send("x"))
try:
    w.send("y")
except StopIteration as stop:
    print(stop.value)


class NotAwaitable:
    pass


async def bad():
    await NotAwaitable()


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 5


async def bad2():
    await BadAwait()


try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)
