"""asyncio: TaskGroup (results, failures cancelling siblings, ExceptionGroup)."""
import asyncio

async def job(n, fail=False, delay=0.001):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f'job {n} failed')
    return n * 10

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1))
        t2 = tg.create_task(job(2))
    print(t1.result(), t2.result())
    slow = None
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(3, fail=True))
            slow = tg.create_task(job(4, delay=1))
            tg.create_task(job(5, fail=True))
    except* ValueError as eg:
        print('caught', sorted(str(e) for e in eg.exceptions))
    print(slow.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(6))
            raise KeyError('body')
    except* KeyError as eg:
        print('body error', eg.exceptions)
    tg = asyncio.TaskGroup()
    c = job(7)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('RuntimeError', e)
    c.close()

asyncio.run(main())
