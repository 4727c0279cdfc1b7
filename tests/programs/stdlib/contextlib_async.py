from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext, AbstractAsyncContextManager

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")

@asynccontextmanager
async def actx(name):
    print("enter", name)
    try:
        yield name * 2
    finally:
        print("exit", name)

async def main():
    async with actx("a") as v:
        print("got", v)
    try:
        async with actx("b"):
            raise KeyError("kb")
    except KeyError as e:
        print("caught", e)
    async with AsyncExitStack() as stack:
        r = await stack.enter_async_context(actx("c"))
        stack.enter_context(nullcontext())
        async def acb(x):
            print("async cb", x)
        stack.push_async_callback(acb, 7)
        stack.callback(print, "sync cb")
        print("stack body", r)
    class AGen:
        async def aclose(self):
            print("aclosed")
    async with aclosing(AGen()) as g:
        print(type(g).__name__)
    async with nullcontext(3) as n:
        print("anull", n)
    @actx("deco")
    async def decorated(x):
        print("decorated", x)
        return x + 1
    print(await decorated(1))
    @asynccontextmanager
    async def noyield():
        if False:
            yield
    try:
        async with noyield():
            pass
    except RuntimeError as e:
        print(e)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(object())
    except TypeError as e:
        print(e)
    return "done"

print(run(main()))
class ACM:
    async def __aenter__(self): return self
    async def __aexit__(self, *a): pass
print(isinstance(ACM(), AbstractAsyncContextManager), isinstance(1, AbstractAsyncContextManager))
