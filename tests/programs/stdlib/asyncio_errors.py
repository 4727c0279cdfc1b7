"""asyncio: exceptions leaving asyncio.run (type, message, chaining and the program's own frames
in the traceback), exception handlers of the loop, handle reprs."""
import asyncio

def user_frames(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename.endswith("asyncio_errors.py"):
            out.append(f"{code.co_name}:{tb.tb_lineno}")
        tb = tb.tb_next
    return out

async def inner(kind):
    await asyncio.sleep(0)
    if kind == "value":
        raise ValueError("bad value")
    if kind == "chained":
        try:
            {}["missing"]
        except KeyError as e:
            raise RuntimeError("wrapped") from e
    if kind == "exit":
        raise SystemExit(3)
    return kind

async def main(kind):
    task = asyncio.create_task(inner(kind))
    return await task

for kind in ("value", "chained", "ok"):
    try:
        print(asyncio.run(main(kind)))
    except Exception as e:
        print(type(e).__name__, e, user_frames(e), type(e.__cause__).__name__)

async def cancelled_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(1)

try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError as e:
    print("CancelledError", e.args, user_frames(e))

async def group_main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner("value"))

try:
    asyncio.run(group_main())
except* ValueError as eg:
    print("ExceptionGroup", [str(x) for x in eg.exceptions], [user_frames(x) for x in eg.exceptions])

try:
    asyncio.run(main("exit"))
except SystemExit as e:
    print("SystemExit", e.code)

def cb(x):
    raise ValueError(x)

async def handlers():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1)
    print(repr(h))
    h.cancel()
    print(repr(h))
    t = loop.call_later(10, cb, 2)
    r = repr(t)
    print(r[:r.index("=") + 1], r[r.index(" cb("):])
    t.cancel()
    seen = []
    def handler(loop, context):
        seen.append((sorted(context), context["message"], repr(context.get("exception"))))
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(cb, 3)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom"})
    print(seen)
    loop.set_exception_handler(None)

asyncio.run(handlers())
