# Blocking inside special methods called by native code: __hash__/__eq__ in a dict lookup, __init__, a property, __add__, __iter__/__next__ for list().
import stackless

ch = stackless.channel()
log = []


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        log.append("hash " + self.name)
        return ch.receive()

    def __eq__(self, other):
        log.append("eq %s %s" % (self.name, other.name))
        return ch.receive()


def feed(values):
    for v in values:
        ch.send(v)


d = {}
stackless.tasklet(feed)([7, 7, False])
d[Key("a")] = 1
d[Key("b")] = 2
print(len(d), log)
del log[:]
stackless.run()
stackless.tasklet(feed)([7, False, True])
print("lookup finds", d[Key("c")], log)
stackless.run()


class Slow:
    def __init__(self, x):
        self.x = x + ch.receive()

    @property
    def doubled(self):
        return self.x * ch.receive()

    def __add__(self, other):
        return Slow(self.x + other.x)


stackless.tasklet(feed)([10, 20, 2, 0, 3])
a = Slow(1)
b = Slow(2)
print(a.x, b.x, a.doubled)
c = a + b
print("sum", c.x, "property", c.doubled)
stackless.run()


class Countdown:
    def __init__(self):
        self.n = 3

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return ch.receive()


stackless.tasklet(feed)(["x", "y", "z"])
print(list(Countdown()))
stackless.tasklet(feed)([1, 2, 3])
print(sum(Countdown()))
stackless.tasklet(feed)(["p", "q", "r"])
print("-".join(Countdown()))
stackless.run()
print("balance", ch.balance, "runcount", stackless.getruncount())
