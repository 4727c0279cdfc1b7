# Driving coroutines by hand: send(None), custom awaitables, cr_* attributes, return values.
class Ticket:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        got = yield f"wait:{self.name}"
        return f"{self.name}={got}"

async def job(tag):
    a = await Ticket(f"{tag}1")
    b = await Ticket(f"{tag}2")
    return [a, b]

def run(coro, answers):
    i = 0
    request = coro.send(None)
    while True:
        print("request", request, "| running", coro.cr_running, "suspended", coro.cr_suspended)
        try:
            request = coro.send(answers[i])
        except StopIteration as e:
            return e.value
        i += 1

c = job("x")
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_frame is not None, c.cr_await)
print(run(c, ["A", "B"]))
print(c.cr_frame, c.cr_await, c.cr_running, c.cr_suspended)

async def outer():
    inner = job("y")
    r = await inner
    return ("outer", r)

o = outer()
first = o.send(None)
print("first", first, type(o.cr_await).__name__, o.cr_await.cr_await is not None)
print(run(o, ["P", "Q"]))

async def no_await():
    return 42

n = no_await()
try:
    n.send(None)
except StopIteration as e:
    print("immediate", e.value)

async def adds(x):
    return x + await plain(x)

async def plain(x):
    return x * 10

try:
    adds(4).send(None)
except StopIteration as e:
    print("nested", e.value)
