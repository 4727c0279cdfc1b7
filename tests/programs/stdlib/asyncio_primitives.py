"""asyncio: queues, Event, Lock, Semaphore, BoundedSemaphore, Condition (behaviour and reprs)."""
import asyncio

def strip(r):
    i = r.find(" at 0x")
    while i >= 0:
        j = r.find(" ", i + 4)
        r = r[:i] + r[j:]
        i = r.find(" at 0x")
    return r

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    print("produced", n)

async def consumer(q, name, out):
    while True:
        item = await q.get()
        out.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(strip(repr(q)), q.maxsize, q.qsize(), q.empty(), q.full())
    out = []
    cons = [asyncio.create_task(consumer(q, f"c{i}", out)) for i in range(2)]
    await producer(q, 5)
    await q.join()
    print(out)
    for c in cons:
        c.cancel()
    res = await asyncio.gather(*cons, return_exceptions=True)
    print([type(r).__name__ for r in res])
    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    print(strip(repr(q2)), q2.full())
    try:
        q2.put_nowait("b")
    except asyncio.QueueFull as e:
        print("QueueFull", strip(repr(e)))
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", strip(repr(e)))
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError", e)
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        lq.put_nowait(x); pq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])
    print(strip(repr(lq)), strip(repr(pq)), str(lq))
    q3 = asyncio.Queue()
    g = asyncio.create_task(q3.get())
    await asyncio.sleep(0)
    print(strip(repr(q3)))
    q3.put_nowait(1)
    print(await g)
    # Event
    ev = asyncio.Event()
    print(strip(repr(ev)), ev.is_set())
    async def waiter(i):
        await ev.wait()
        print("waiter", i, "woke")
        return i
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(strip(repr(ev)))
    ev.set()
    print(strip(repr(ev)), await asyncio.gather(*ws))
    ev.clear()
    print(ev.is_set())
    # Lock
    lock = asyncio.Lock()
    print(strip(repr(lock)), lock.locked())
    log = []
    async def crit(i):
        async with lock:
            log.append(f"in{i}")
            await asyncio.sleep(0)
            log.append(f"out{i}")
    await asyncio.gather(*(crit(i) for i in range(3)))
    print(log)
    await lock.acquire()
    print(strip(repr(lock)))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    # Semaphore
    sem = asyncio.Semaphore(2)
    print(strip(repr(sem)))
    active = []
    peak = [0]
    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", peak[0], strip(repr(sem)))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    print(strip(repr(bs)), bs.locked())
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)
    # Condition
    cond = asyncio.Condition()
    print(strip(repr(cond)))
    items = []
    async def cwait(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print("cond", i, items)
    cw = [asyncio.create_task(cwait(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify_all()
    await asyncio.gather(*cw)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(main())
