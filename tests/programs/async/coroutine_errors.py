# Errors inside coroutines and never-awaited coroutines closed explicitly.
async def fails():
    raise ValueError("inside coroutine")


async def catches():
    try:
        await fails()
    except ValueError as e:
        return f"caught: {e}"


c = catches()
try:
    c.send(None)
except StopIteration as s:
    print(s.value)
f = fails()
try:
    f.send(None)
except ValueError as e:
    print("propagated:", e)
unused = fails()
unused.close()
print("closed unused coroutine")


async def awaits_twice():
    inner = catches()
    first = await inner
    try:
        await inner
    except RuntimeError as e:
        return first, str(e)


x = awaits_twice()
try:
    x.send(None)
except StopIteration as s:
    print(s.value)
