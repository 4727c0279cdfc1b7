# Closures, nonlocal state, generators and class bodies inside tasklets, with switches in the middle of them.
import stackless


def make_counter():
    count = 0

    def bump(step):
        nonlocal count
        for _ in range(3):
            count += step
            stackless.schedule()
        return count

    def read():
        return count

    return bump, read


bump, read = make_counter()
finals = []
for step in (1, 10, 100):
    stackless.tasklet(lambda s=step: finals.append((s, bump(s))))()
stackless.run()
print("shared counter", read(), "seen at each end", finals)

# closures created in a loop inside a tasklet keep their own cells across switches
ch = stackless.channel()


def builder():
    fns = []
    for i in range(3):
        def f(x, i=i):
            return x * i
        fns.append(f)
        stackless.schedule()
    ch.send([fn(7) for fn in fns])
    late = [lambda: j for j in range(3)]
    ch.send([g() for g in late])


stackless.tasklet(builder)()
print(ch.receive(), ch.receive())


# a generator suspended inside a tasklet that is itself suspended
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def fib_worker(count):
    g = fib()
    out = []
    for _ in range(count):
        out.append(next(g))
        stackless.schedule()
    ch.send(out)


stackless.tasklet(fib_worker)(10)
stackless.tasklet(fib_worker)(5)
print(ch.receive())
print(ch.receive())


# a class body that blocks on a channel while it is being executed
def make_class():
    class Config:
        name = ch.receive()
        size = ch.receive() * 2

        def describe(self):
            return "%s:%d" % (self.name, self.size)
    return Config().describe()


box = []
stackless.tasklet(lambda: box.append(make_class()))()
stackless.run()
ch.send("cfg")
ch.send(21)
print(box)


# yield from and a generator's send() across switches
def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
        stackless.schedule()


def outer():
    result = yield from inner()
    yield "inner returned %d" % result


def pump():
    g = outer()
    next(g)
    for v in (1, 2, 3):
        g.send(v)
    ch.send(g.send(None))


stackless.tasklet(pump)()
print(ch.receive())
stackless.run()
print("runcount", stackless.getruncount())
