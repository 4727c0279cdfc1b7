# The builtins aiter() and anext(), with and without a default, and their errors.
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    return "suspended"

async def agen(n):
    for i in range(n):
        yield i

class Ticks:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    out = []
    it = aiter(agen(2))
    out.append(await anext(it))
    out.append(await anext(it))
    out.append(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    t = aiter(Ticks(2))
    out.append(await anext(t, "d"))
    out.append(await anext(t, "d"))
    out.append(await anext(t, "d"))
    out.append(await anext(agen(0), None))
    return out

print(run(main()))

a = anext(agen(1), 0)
print(type(a).__name__, type(anext(agen(1))).__name__, type(aiter(agen(1))).__name__)
print(a.__await__() is a, a.__iter__() is a)
try:
    a.send(None)
except StopIteration as e:
    print("first value", e.value)

class BadAiter:
    def __aiter__(self):
        return 1

for call in [lambda: anext(1), lambda: aiter(1), lambda: aiter(BadAiter()), lambda: anext(), lambda: anext(agen(1), 1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

async def thrower():
    try:
        yield 1
    except ValueError:
        yield "caught"

t = thrower()
w = anext(t, "end")
try:
    w.send(None)
except StopIteration as e:
    print("got", e.value)
w = anext(t, "end")
try:
    w.throw(ValueError)
except StopIteration as e:
    print("after throw", e.value)
w = anext(t, "end")
try:
    w.send(None)
except StopIteration as e:
    print("exhausted gives", e.value)
