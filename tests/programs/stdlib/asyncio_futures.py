"""asyncio: run/Runner, tasks and futures (states, reprs, callbacks, cancellation), loop callbacks."""
import asyncio

async def coro(x, d=0):
    await asyncio.sleep(d)
    return x

async def boom():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def main():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__, loop.is_running(), loop.is_closed(), loop.get_debug())
    print(asyncio.get_event_loop() is loop)
    t = asyncio.create_task(coro(1), name="first")
    print(repr(t))
    await t
    print(repr(t))
    t2 = asyncio.create_task(boom())
    print(repr(t2))
    try:
        await t2
    except ValueError as e:
        print("ValueError", e)
    print(repr(t2))
    print(t2.exception(), type(t2.exception()))
    t3 = asyncio.create_task(coro(3, 10))
    await asyncio.sleep(0)
    t3.cancel("why")
    print(repr(t3))
    try:
        await t3
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    print(repr(t3), t3.cancelled())
    try:
        t3.exception()
    except asyncio.CancelledError as e:
        print("exception() raised CancelledError", e.args)
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(lambda fut: print("cb", fut.result()))
    print(repr(f))
    f.set_result(5)
    print(repr(f))
    await asyncio.sleep(0)
    try:
        f.set_result(6)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f2 = loop.create_future()
    f2.set_exception(KeyError("k"))
    print(repr(f2))
    f2.exception()
    f3 = loop.create_future()
    f3.cancel()
    print(repr(f3))
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print("CancelledError", repr(e))
    f4 = loop.create_future()
    try:
        f4.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        f4.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        f4.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError", e)
    t5 = asyncio.create_task(coro(5))
    names = []
    t5.add_done_callback(lambda t: names.append(t.get_name()))
    t5.set_name("renamed")
    await t5
    await asyncio.sleep(0)
    print(names, t5.result())
    try:
        t5.set_result(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    print(asyncio.current_task() is not None, asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
    c = coro(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    order = []
    loop.call_soon(order.append, 1)
    h = loop.call_soon(order.append, 2)
    loop.call_later(0.01, order.append, 4)
    loop.call_soon(order.append, 3)
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.02)
    print(order)
    print(await asyncio.sleep(0.001, result="slept"))
    try:
        await asyncio.create_task(coro(1)), asyncio.create_task(1)
    except TypeError as e:
        print("TypeError", e)
    loop2 = asyncio.new_event_loop()
    c = coro(1)
    try:
        loop2.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    loop2.close()
    async def selfwait():
        await asyncio.sleep(0)
        return await me
    me = asyncio.create_task(selfwait())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError", str(e)[:30])
    class BadYield:
        def __await__(self):
            yield 5
    async def bad():
        await BadYield()
    try:
        await asyncio.create_task(bad())
    except RuntimeError as e:
        print("RuntimeError", e)
    f = loop.create_future()
    loop.call_soon(f.set_exception, ValueError)
    try:
        await f
    except ValueError as e:
        print("ValueError", repr(e))
    f = loop.create_future()
    try:
        f.set_exception(42)
    except TypeError as e:
        print("TypeError", e)
    f = loop.create_future()
    f.set_result(["x" * 50, 1, 2, 3, 4, 5, 6, 7])
    print(repr(f))
    f = loop.create_future()
    f.set_result("y" * 40)
    print(repr(f))
    f = loop.create_future()
    f.set_result(10 ** 50)
    print(repr(f))
    f = loop.create_future()
    f.set_result({"b": (1,), "a": {1, 2}, "c": [[[[[[[1]]]]]]], "d": 4, "e": 5})
    print(repr(f))
    def a(fut): pass
    def b(fut): pass
    f = loop.create_future()
    for cb in (a, b, a, b):
        f.add_done_callback(cb)
    print(repr(f))
    print(f.remove_done_callback(a), repr(f))
    print(f.remove_done_callback(a), f.cancel("m"), f.cancel(), f.cancelled())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    return "done"

print(asyncio.run(main(), debug=False))
print(asyncio.run(coro(7), debug=True))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    asyncio.run(coro)
except ValueError as e:
    print("ValueError", str(e).split(" at ")[0])
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError", e)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError", e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(coro(9)))
t = loop.create_task(coro(10))
print(loop.run_until_complete(t), repr(t))
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(asyncio.gather(coro(1), coro(2))))
print(repr(loop))
r = asyncio.Runner(debug=True)
print(r.run(coro(11)), r.get_loop().get_debug())
r.close()
c = coro(12)
try:
    r.run(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
with asyncio.Runner() as r:
    print(r.run(coro(13)), r.run(coro(14)))
loop.close()
c = coro(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
print(asyncio.iscoroutinefunction(coro), asyncio.iscoroutinefunction(lambda: 0))
c = coro(1)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro))
c.close()
