# throw() and close() on coroutines suspended in a custom awaitable.
class Pause:
    def __await__(self):
        return (yield "paused")


async def guarded():
    try:
        value = await Pause()
        return f"got {value}"
    except KeyError as e:
        print("coroutine caught", repr(e))
        value = await Pause()
        return f"after error got {value}"
    finally:
        print("coroutine finally")


c = guarded()
print(c.send(None))
print(c.throw(KeyError("injected")))
try:
    c.send("final")
except StopIteration as stop:
    print(stop.value)
c2 = guarded()
c2.send(None)
c2.close()
print("closed c2")
c3 = guarded()
c3.send(None)
try:
    c3.throw(ValueError("not caught"))
except ValueError as e:
    print("ValueError propagated:", e)
