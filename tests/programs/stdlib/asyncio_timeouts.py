"""asyncio: timeouts (states, reprs, reschedule, nested cancellation), wait_for running coroutines in the caller's task, cancellation being ignored, queue blocking order, lock and semaphore waiters."""
import asyncio

async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("ignored cancel")
    await asyncio.sleep(0.001)
    return "finished anyway"

async def sleeper(d, r):
    await asyncio.sleep(d)
    return r

async def main():
    log = []
    print(await asyncio.sleep(-1, "neg"))
    t = asyncio.create_task(sleeper(1, "x"))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await asyncio.gather(t, sleeper(0, "y"))
    except asyncio.CancelledError as e:
        print("gather raised CancelledError")
    t = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling())
    print(await t, t.cancelled(), log, t.cancelling(), t.uncancel(), t.cancelling())
    try:
        print(await asyncio.wait_for(stubborn(log), 0.001))
    except TimeoutError:
        print("timeout")
    async with asyncio.timeout(10) as cm:
        print(repr(cm).split(" when=")[0], cm.expired())
    print(repr(cm))
    try:
        async with asyncio.timeout(0.001) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm))
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        async with cm:
            async with cm:
                pass
    except RuntimeError as e:
        print("RuntimeError", e)
    outer = asyncio.current_task()
    async def canceller():
        await asyncio.sleep(0.001)
        outer.cancel("stop")
    asyncio.create_task(canceller())
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("cancelled inside timeout", e.args, outer.cancelling())
        outer.uncancel()
    q = asyncio.Queue(maxsize=1)
    order = []
    async def put(i):
        await q.put(i)
        order.append(f"put{i}")
    ps = [asyncio.create_task(put(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(order, q.qsize(), q.full())
    for _ in range(3):
        order.append(f"got{await q.get()}")
        await asyncio.sleep(0)
    print(order)
    async def joiner():
        await q.join()
        return "joined"
    j = asyncio.create_task(joiner())
    await asyncio.sleep(0)
    print(j.done())
    for _ in range(3):
        q.task_done()
    print(await j)
    e = asyncio.Event()
    w = asyncio.create_task(asyncio.wait_for(e.wait(), 0.001))
    try:
        await w
    except TimeoutError:
        print("event wait timed out", repr(e).split(" at ")[0])
    lock = asyncio.Lock()
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    lock.release()
    print(lock.locked(), waiter.cancelled())
    sem = asyncio.Semaphore(0)
    async def take(i):
        await sem.acquire()
        order.append(f"sem{i}")
    ts = [asyncio.create_task(take(i)) for i in range(3)]
    await asyncio.sleep(0)
    sem.release(); sem.release(); sem.release()
    await asyncio.gather(*ts)
    print(order[-3:])
    fut = asyncio.get_running_loop().create_future()
    fut.cancel("why")
    try:
        await fut
    except asyncio.CancelledError as e:
        print("fut", e.args)
    print(asyncio.isfuture(fut), asyncio.isfuture(t), asyncio.isfuture(1))
    async def whoami():
        return asyncio.current_task()
    print(await asyncio.wait_for(whoami(), 1) is asyncio.current_task(), await asyncio.wait_for(whoami(), None) is asyncio.current_task())
    return "done"

print(asyncio.run(main()))
