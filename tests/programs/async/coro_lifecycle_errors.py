# Coroutine errors: reuse, awaiting twice, non-None send at start, close/throw, __next__ absent.
async def simple():
    return 1

c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
print("close after finish ok")

c = simple()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()

c = simple()
try:
    c.__next__()
except AttributeError as e:
    print("AttributeError:", e)
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
c.close()

class Pause:
    def __await__(self):
        yield "paused"

async def waits():
    try:
        await Pause()
    except ValueError as e:
        print("coroutine caught", e)
        return "recovered"
    finally:
        print("waits finally")

w = waits()
print(w.send(None))
try:
    w.throw(ValueError("boom"))
except StopIteration as e:
    print("after throw", e.value)

w = waits()
w.send(None)
w.close()
print("closed:", w.cr_frame)

async def awaits_other(other):
    return await other

shared = waits()
a = awaits_other(shared)
print(a.send(None))
b = awaits_other(shared)
try:
    b.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
a.close()
b.close()

done = simple()
try:
    done.send(None)
except StopIteration:
    pass
again = awaits_other(done)
try:
    again.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
