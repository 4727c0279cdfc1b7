"""asyncio: eager tasks (eager_task_factory, create_eager_task_factory, Task(eager_start=True)): the first step runs at creation."""
import asyncio
log = []
async def quick(x):
    log.append(f"quick {x} in {asyncio.current_task().get_name()}")
    return x * 2
async def slow(x):
    log.append(f"slow start {x}")
    await asyncio.sleep(0)
    log.append(f"slow end {x}")
    return x
async def fails():
    raise ValueError("eager failure")
async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(quick(1), name="q1")
    log.append("after create")
    print(t.done(), t.result(), repr(t))
    s = asyncio.create_task(slow(2))
    log.append("after slow create")
    print(s.done(), repr(s).split(" coro=")[0])
    print(await s)
    f = asyncio.create_task(fails())
    print(f.done(), repr(f.exception()))
    print(await asyncio.gather(quick(3), slow(4)))
    print(asyncio.current_task().get_name())
    print(log)
    fac = asyncio.create_eager_task_factory(asyncio.Task)
    loop.set_task_factory(fac)
    t = asyncio.create_task(quick(5))
    print(t.done(), t.result())
    loop.set_task_factory(None)
    t = asyncio.create_task(quick(6))
    print(t.done(), await t)
asyncio.run(main())
loop = asyncio.new_event_loop()
t = asyncio.Task(quick(7), loop=loop, eager_start=True)
print(t.done())
print(loop.run_until_complete(t))
loop.close()
