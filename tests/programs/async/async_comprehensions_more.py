# Async comprehensions and generator expressions, await inside comprehensions.
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

async def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

async def double(x):
    return x * 2

async def main():
    a = [x async for x in numbers(4)]
    b = {x: await double(x) async for x in numbers(3)}
    c = {x % 2 async for x in numbers(5)}
    d = [await double(x) for x in [1, 2, 3]]
    e = [x async for x in numbers(6) if x % 2 if x > 1]
    f = [(x, y) async for x in numbers(2) for y in "ab"]
    gen = (x * x async for x in numbers(4))
    g = [v async for v in gen]
    print(type(gen).__name__)
    return a, b, (len(c), 0 in c, 1 in c), d, e, f, g

for part in run(main()):
    print(part)

async def nested():
    return [[y async for y in numbers(x)] async for x in numbers(4)]

print(run(nested()))

async def with_await_in_filter():
    return [x async for x in numbers(6) if await double(x) > 5]

print(run(with_await_in_filter()))
