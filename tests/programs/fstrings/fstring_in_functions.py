# f-strings inside functions, lambdas, default arguments, decorators and generators.
def greet(name, punct="!"):
    return f"Hello, {name}{punct}"


fmt = lambda v, w=6: f"[{v:>{w}}]"


def default_uses_fstring(x=f"{1 + 1}"):
    return x


def gen(n):
    for i in range(n):
        yield f"item {i}: {i ** 2}"


print(greet("Ann"), greet("Bob", "?"), fmt(3), fmt("ab", 3), default_uses_fstring())
print(list(gen(3)))
print(*(f"{c}{c.upper()}" for c in "abc"))


async def coro(v):
    return f"async {v}"


c = coro(7)
try:
    c.send(None)
except StopIteration as stop:
    print(stop.value)
