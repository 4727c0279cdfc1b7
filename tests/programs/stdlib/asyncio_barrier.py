"""asyncio: Barrier (arrival indexes, reset, abort, BrokenBarrierError) and Task.get_stack."""
import asyncio

def strip(r):
    i = r.find(" at 0x")
    return r if i < 0 else r[:i] + r[r.find(" ", i + 4):]

async def party(b, i, log):
    await asyncio.sleep(i * 0.001)
    idx = await b.wait()
    log.append((i, idx))
    return idx

async def main():
    b = asyncio.Barrier(3)
    print(strip(repr(b)), b.parties, b.n_waiting, b.broken)
    log = []
    ts = [asyncio.create_task(party(b, i, log)) for i in range(3)]
    await asyncio.sleep(0.0015)
    print(strip(repr(b)), b.n_waiting)
    print(await asyncio.gather(*ts), sorted(log))
    print(strip(repr(b)))
    b1 = asyncio.Barrier(1)
    async with b1 as pos:
        print("pos", pos)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError", e)
    b2 = asyncio.Barrier(2)
    w = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.reset()
    try:
        await w
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", e, isinstance(e, RuntimeError))
    await b2.abort()
    print(strip(repr(b2)), b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", e)
    async def deep():
        await asyncio.sleep(0.01)
    t = asyncio.create_task(deep())
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in t.get_stack()], t.get_stack(limit=0))
    await t
    print(t.get_stack())
    async def boom():
        raise ValueError("x")
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in t.get_stack()][-1:])
    t.exception()

asyncio.run(main())
