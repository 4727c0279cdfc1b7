"""asyncio: cancellation inside tasks (finally blocks, catching CancelledError, messages), errors from run, loops."""
import asyncio

async def guarded(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log.append(('caught', e.args))
        raise
    finally:
        log.append('finally')

async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('ignored cancel')
    await asyncio.sleep(0.001)
    return 'survived'

async def boom():
    await asyncio.sleep(0)
    raise KeyError('k')

async def main():
    log = []
    t = asyncio.create_task(guarded(log))
    await asyncio.sleep(0)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('outer got', e.args)
    print(log)
    log = []
    t = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    t.cancel()
    print(await t, log, t.cancelled())
    t = asyncio.create_task(boom())
    try:
        await t
    except KeyError as e:
        print('KeyError', e, type(t.exception()).__name__)
    async def nested():
        return await asyncio.gather(asyncio.sleep(0.001, 'a'), asyncio.sleep(0.002, 'b'))
    print(await asyncio.wait_for(nested(), 1))
    g = asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed(), isinstance(loop.time(), float))
    calls = []
    loop.call_soon(calls.append, 1)
    h = loop.call_soon(calls.append, 2)
    h.cancel()
    loop.call_later(0.002, calls.append, 4)
    loop.call_later(0.001, calls.append, 3)
    await asyncio.sleep(0.01)
    print(calls, h.cancelled())
    c = main()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print('RuntimeError', e)
    c.close()

asyncio.run(main())

async def fail():
    raise ZeroDivisionError('x')
try:
    asyncio.run(fail())
except ZeroDivisionError as e:
    print('run raised', e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, 'direct')))
loop.close()
print(loop.is_closed())
c = asyncio.sleep(0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print('RuntimeError', e)
c.close()
