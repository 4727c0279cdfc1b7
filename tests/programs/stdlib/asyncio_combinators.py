"""asyncio: gather, TaskGroup, wait, as_completed, wait_for/timeout, shield, async generators, async with."""
import asyncio

def strip(r):
    i = r.find(' at 0x')
    while i >= 0:
        j = r.find(' ', i + 4)
        r = r[:i] + r[j:]
        i = r.find(' at 0x')
    return r

async def work(name, d, log, result=None, exc=None):
    log.append(f"start {name}")
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        log.append(f"cancelled {name}")
        raise
    if exc:
        log.append(f"raise {name}")
        raise exc
    log.append(f"end {name}")
    return result if result is not None else name

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

class ACM:
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter")
        return self
    async def __aexit__(self, *a):
        await asyncio.sleep(0)
        print("exit", a[0])
        return False

async def main():
    log = []
    t = asyncio.create_task(work("s", 0.01, log), name="sleeper")
    await asyncio.sleep(0)
    print(repr(t))
    t.cancel()
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t), log)
    # gather cancelled from outside
    log = []
    g = asyncio.gather(work("a", 0.05, log), work("b", 0.05, log))
    await asyncio.sleep(0)
    print(g.cancel(), g.cancelled())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", log, g.cancelled())
    # gather with an exception, others continue
    log = []
    ts = [asyncio.create_task(work("x", 0.001, log, exc=KeyError("x"))), asyncio.create_task(work("y", 0.01, log))]
    try:
        await asyncio.gather(*ts)
    except KeyError as e:
        print("KeyError", e, ts[1].done())
    await ts[1]
    print(log)
    r = await asyncio.gather(work("p", 0, []), asyncio.sleep(0, "s"), return_exceptions=True)
    print(r)
    c = asyncio.create_task(work("q", 1, []))
    await asyncio.sleep(0)
    c.cancel()
    r = await asyncio.gather(c, work("r", 0, []), return_exceptions=True)
    print([type(x).__name__ for x in r])
    print(await asyncio.gather())
    # TaskGroup
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("t1", 0.002, log))
        t2 = tg.create_task(work("t2", 0.001, log), name="named")
    print(t1.result(), t2.result(), t2.get_name(), log)
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("f1", 0.001, log, exc=ValueError("v1")))
            tg.create_task(work("f2", 0.05, log, exc=TypeError("t2")))
    except* ValueError as eg:
        print("caught ValueError group", repr(eg), eg.exceptions)
    except* TypeError as eg:
        print("caught TypeError group", repr(eg))
    print(log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("g1", 0.001, log, exc=ValueError("only")))
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("g2", 0.01, log))
            raise RuntimeError("body")
    except BaseException as eg:
        print(type(eg).__name__, eg)
    tg = asyncio.TaskGroup()
    z = work("z", 0, [])
    try:
        tg.create_task(z)
    except RuntimeError as e:
        print("RuntimeError", e)
    z.close()
    # wait
    log = []
    a = asyncio.create_task(work("wa", 0.001, log))
    b = asyncio.create_task(work("wb", 0.03, log, exc=OSError("bad")))
    c = asyncio.create_task(work("wc", 0.06, log))
    done, pending = await asyncio.wait({a, b, c}, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() == a.get_name() for t in done), len(pending))
    done, pending = await asyncio.wait({b, c}, return_when=asyncio.FIRST_EXCEPTION)
    print(b in done, c in pending)
    done, pending = await asyncio.wait({c}, timeout=0.001)
    print(len(done), len(pending))
    done, pending = await asyncio.wait([c])
    print(len(done), len(pending), log)
    for bad in ([], asyncio.sleep):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    coro = work("n", 0, [])
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError", e)
    coro.close()
    try:
        await asyncio.wait([a], return_when="bogus")
    except ValueError as e:
        print("ValueError", e)
    # as_completed
    res = []
    for f in asyncio.as_completed([work("c3", 0.03, []), work("c1", 0.01, []), work("c2", 0.02, [])]):
        res.append(await f)
    print(res)
    try:
        for f in asyncio.as_completed([work("slow", 0.05, [])], timeout=0.001):
            await f
    except TimeoutError as e:
        print("TimeoutError", repr(e))
    # wait_for / timeout
    try:
        await asyncio.wait_for(work("wf", 0.05, log), 0.001)
    except TimeoutError as e:
        print("wait_for TimeoutError", repr(e), type(e.__cause__).__name__)
    print(await asyncio.wait_for(work("wf2", 0, []), None))
    try:
        await asyncio.wait_for(work("wf3", 0.01, []), 0)
    except TimeoutError as e:
        print("wait_for(0) TimeoutError")
    try:
        async with asyncio.timeout(0.001) as cm:
            print(repr(cm)[:22])
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout", cm.expired(), repr(e), type(e.__cause__).__name__)
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 10)
        print(cm.when() is not None)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.001):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at")
    # shield
    log = []
    inner = asyncio.create_task(work("inner", 0.01, log))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    print(await inner, log)
    # async generators and async for/with
    out = [i async for i in agen(3)]
    print(out)
    async def consume():
        total = 0
        async for i in agen(4):
            total += i
        async with ACM() as m:
            print(type(m).__name__)
        return total
    print(await asyncio.create_task(consume()))
    ag = agen(2)
    print(await ag.__anext__(), await anext(ag), await anext(ag, "default"))
    try:
        await anext(ag)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    # current_task / all_tasks
    me = asyncio.current_task()
    others = [asyncio.create_task(work(f"o{i}", 0, [])) for i in range(2)]
    print(me in asyncio.all_tasks(), len(asyncio.all_tasks()), others[0] in asyncio.all_tasks())
    await asyncio.gather(*others)
    print(len(asyncio.all_tasks()))
    print(asyncio.current_task() is me)
    fut = loop.create_future()
    loop.call_later(0.002, fut.set_result, "later")
    loop.call_soon(print, "soon")
    print(await fut)
    h = loop.call_later(10, print, "never")
    print(type(h).__name__, h.cancelled())
    h.cancel()
    print(h.cancelled())
    print(await asyncio.ensure_future(asyncio.sleep(0, "ensured")))
    return "ok"

print(asyncio.run(main()))
print(asyncio.current_task(asyncio.new_event_loop()))
