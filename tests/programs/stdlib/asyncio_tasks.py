"""asyncio: tasks, sleep ordering, gather, cancellation, wait_for and timeout."""
import asyncio

log = []

async def worker(name, delay, result):
    log.append(f'start {name}')
    await asyncio.sleep(delay)
    log.append(f'end {name}')
    return result

async def failing(delay):
    await asyncio.sleep(delay)
    raise ValueError('bad')

async def main():
    r = await asyncio.gather(worker('a', 0.02, 1), worker('b', 0.01, 2), worker('c', 0, 3))
    print(r, log)
    r = await asyncio.gather(worker('d', 0.01, 4), failing(0.005), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(failing(0), worker('e', 0.01, 5))
    except ValueError as e:
        print('gather raised', type(e).__name__, e)
    t = asyncio.create_task(worker('f', 0.05, 6), name='my-task')
    print(t.get_name(), t.done())
    await asyncio.sleep(0.01)
    print(t.cancel(), t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result raised CancelledError')
    try:
        await asyncio.wait_for(worker('g', 0.05, 7), timeout=0.01)
    except TimeoutError as e:
        print('wait_for timed out', type(e).__name__, isinstance(e, asyncio.TimeoutError))
    print(await asyncio.wait_for(worker('h', 0.001, 8), timeout=1))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(0.05)
    except TimeoutError:
        print('timeout block expired')
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print('expired?', cm.expired())
    print(await asyncio.sleep(0, 'value'))
    t1 = asyncio.create_task(worker('i', 0.01, 9))
    t2 = asyncio.create_task(worker('j', 0.03, 10))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), t1 in done)
    await t2
    print(asyncio.current_task().get_name() is not None, len(asyncio.all_tasks()))
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, f.set_result, 'future value')
    print(await f, f.done(), f.result())
    inner = asyncio.create_task(worker('k', 0.01, 11))
    print(await asyncio.shield(inner))
    results = []
    for coro in asyncio.as_completed([worker('l', 0.02, 'slow'), worker('m', 0.01, 'fast')]):
        results.append(await coro)
    print(results)
    return 'main done'

print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print), asyncio.iscoroutine(c := main()), asyncio.iscoroutine(1))
c.close()
try:
    asyncio.run(5)
except ValueError as e:
    print('ValueError', e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
fut = asyncio.Future(loop=asyncio.new_event_loop())
for f in (fut.result, fut.exception):
    try:
        f()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
fut.set_result(3)
print(fut.result(), fut.done(), fut.cancelled(), fut.cancel())
try:
    fut.set_result(4)
except asyncio.InvalidStateError as e:
    print('InvalidStateError')
