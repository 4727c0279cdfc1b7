# An exception escaping a coroutine driven by hand.
async def inner():
    raise RuntimeError("failed inside coroutine")


async def outer():
    await inner()


outer().send(None)
