# Closures, nonlocal and class methods in async code.
def make():
    count = 0

    async def inc():
        nonlocal count
        count += 1
        return count
    return inc


def run(c):
    try:
        c.send(None)
    except StopIteration as s:
        return s.value


inc = make()
print(run(inc()), run(inc()), run(inc()))


class Service:
    def __init__(self):
        self.calls = []

    async def call(self, name):
        self.calls.append(name)
        return len(self.calls)

    @staticmethod
    async def static():
        return "static coroutine"

    @classmethod
    async def klass(cls):
        return cls.__name__


s = Service()
print(run(s.call("a")), run(s.call("b")), s.calls, run(Service.static()), run(Service.klass()))


async def uses_lambda():
    f = lambda x: x * 2
    return [f(i) for i in range(3)]


print(run(uses_lambda()))
