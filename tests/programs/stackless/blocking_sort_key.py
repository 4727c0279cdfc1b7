# Blocking on a channel inside a native callback (a sort key, map, max): the caller waits there while producers run (hard switching).
# PyPy's emulation differs: a tasklet killed while blocked stays counted in the channel's balance.
import stackless

keys = {"pear": 3, "apple": 1, "fig": 2, "kiwi": 0}
items = ["pear", "apple", "fig", "kiwi"]
ch = stackless.channel()
log = []


def producer():
    for it in items:
        ch.send(keys[it])
        log.append("key for " + it)


# the main tasklet blocks inside sorted()
stackless.tasklet(producer)()
print(sorted(items, key=lambda x: ch.receive()))
stackless.run()
print(log)

# a tasklet blocks inside sorted(); main feeds it
result = []


def sorter():
    result.append(sorted(items, key=lambda x: ch.receive(), reverse=True))


stackless.tasklet(sorter)()
stackless.run()
print("sorter blocked inside sorted():", ch.balance)
for it in items:
    ch.send(keys[it])
print(result)

# list(map(...)) and max(key=...) over a channel
stackless.tasklet(lambda: ch.send_sequence(["a", "b", "c"]))()
print(list(map(lambda _: ch.receive(), range(3))))
stackless.tasklet(lambda: ch.send_sequence([5, 9, 1]))()
print(max(["x", "y", "z"], key=lambda _: ch.receive()))

# two tasklets blocked inside two different sorts at the same time
outs = {}


def sort_into(name):
    outs[name] = sorted([3, 1, 2], key=lambda v: ch.receive() * v)


stackless.tasklet(sort_into)("up")
stackless.tasklet(sort_into)("down")
stackless.run()
print("both blocked:", ch.balance)
for sign in (1, -1, 1, -1, 1, -1):
    ch.send(sign)
print(outs)

# a tasklet killed while blocked inside sorted()
def doomed():
    try:
        sorted([1, 2], key=lambda v: ch.receive())
    finally:
        log.append("doomed finally")


d = stackless.tasklet(doomed)()
stackless.run()
d.kill()
print(log[-1], d.alive, ch.balance, stackless.getruncount())
