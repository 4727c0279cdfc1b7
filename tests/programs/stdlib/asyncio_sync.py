"""asyncio: queues, events, locks, semaphores and conditions between tasks."""
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * item)

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 6), consumer(q, out))
    print(out, q.empty(), q.qsize(), q.full(), q.maxsize)
    await q.join()
    q2 = asyncio.Queue(1)
    q2.put_nowait('a')
    try:
        q2.put_nowait('b')
    except asyncio.QueueFull:
        print('QueueFull')
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    try:
        q2.task_done(); q2.task_done()
    except ValueError as e:
        print('ValueError', e)
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in 'abc':
        await lq.put(x)
    print([await lq.get() for _ in range(3)])
    ev = asyncio.Event()
    seen = []
    async def waiter(i):
        await ev.wait()
        seen.append(i)
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print(seen, ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print(sorted(seen), ev.is_set())
    lock = asyncio.Lock()
    order = []
    async def critical(i):
        async with lock:
            order.append(('in', i))
            await asyncio.sleep(0.001)
            order.append(('out', i))
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited(i):
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.005)
            active[0] -= 1
    await asyncio.gather(*(limited(i) for i in range(6)))
    print('max active', active[1], sem.locked())
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)
    cond = asyncio.Condition()
    items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()
    t = asyncio.create_task(cons())
    await asyncio.sleep(0)
    async with cond:
        items.append('x')
        cond.notify()
    print(await t)

asyncio.run(main())
