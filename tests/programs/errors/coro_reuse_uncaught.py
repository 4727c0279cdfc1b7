# Awaiting an exhausted coroutine again, uncaught.
async def one():
    return 1

async def main(c):
    print("first", await c)
    print("second", await c)

m = main(one())
m.send(None)
