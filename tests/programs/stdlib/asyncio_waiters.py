"""asyncio: Condition.wait cancelled while re-acquiring keeps the cancellation, Semaphore release waking one waiter at a time."""
import asyncio
async def main():
    cond = asyncio.Condition()
    log = []
    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                log.append(("cancelled, holds lock", cond.locked()))
                raise
    async with cond:
        t = asyncio.create_task(waiter())
        await asyncio.sleep(0)
        cond.notify()
        await asyncio.sleep(0)
        t.cancel()
        await asyncio.sleep(0)
    try:
        await t
    except asyncio.CancelledError:
        log.append("task cancelled")
    print(log, cond.locked())
    sem = asyncio.Semaphore(0)
    order = []
    async def take(i):
        await sem.acquire()
        order.append(i)
    ts = [asyncio.create_task(take(i)) for i in range(4)]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    await asyncio.sleep(0)
    print(order, sem._value)
    ts[2].cancel()
    sem.release(); sem.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print(order, sem._value, sem.locked())
asyncio.run(main())
