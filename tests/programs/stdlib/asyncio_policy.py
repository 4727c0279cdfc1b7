"""asyncio: event loop policies (default, custom loop factory, setting and resetting), task factories."""
import asyncio

class MyLoop(asyncio.DefaultEventLoopPolicy._loop_factory):
    pass

class MyPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return MyLoop()

pol = asyncio.get_event_loop_policy()
print(type(pol).__name__, isinstance(pol, asyncio.AbstractEventLoopPolicy), asyncio.get_event_loop_policy() is pol)
asyncio.set_event_loop_policy(MyPolicy())
async def main():
    return type(asyncio.get_running_loop()).__name__
print(asyncio.run(main()))
try:
    asyncio.set_event_loop_policy(5)
except TypeError as e:
    print("TypeError", e)
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
loop = asyncio.new_event_loop()
print(loop.get_task_factory())
def factory(loop, coro):
    t = asyncio.Task(coro, loop=loop)
    t.made_by_factory = True
    return t
loop.set_task_factory(factory)
async def job():
    t = asyncio.current_task()
    return t.made_by_factory, t.get_name()
t = loop.create_task(job(), name="fact")
print(loop.run_until_complete(t))
try:
    loop.set_task_factory(1)
except TypeError as e:
    print("TypeError", e)
loop.close()
try:
    asyncio.AbstractEventLoopPolicy().get_event_loop()
except NotImplementedError:
    print("NotImplementedError")
p = asyncio.DefaultEventLoopPolicy()
p.set_event_loop(None)
try:
    p.get_event_loop()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    p.set_event_loop(1)
except TypeError as e:
    print("TypeError", e)
