"""asyncio: class reprs and generic aliases (Queue[int], Future[int], Task[int])."""
import asyncio
for name in ("Queue", "LifoQueue", "PriorityQueue", "Future", "Task"):
    try:
        print(repr(getattr(asyncio, name)[int]))
    except TypeError as e:
        print(name, "TypeError", e)
print(asyncio.Future, asyncio.Task, asyncio.Queue, asyncio.Event)
async def main():
    t = asyncio.create_task(asyncio.sleep(0))
    print(type(t), type(asyncio.get_running_loop().create_future()))
    await t
asyncio.run(main())
