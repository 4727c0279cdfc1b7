# A tasklet blocking inside a generator that sum(), sorted() or a for loop is iterating; generators shared between tasklets.
# PyPy's emulation differs: a tasklet killed while blocked stays counted in the channel's balance.
import stackless

ch = stackless.channel()
results = {}


def readings(n):
    for _ in range(n):
        yield ch.receive()


def summer(name, n):
    results[name] = sum(readings(n))


def sorter(name, n):
    results[name] = sorted(readings(n))


stackless.tasklet(summer)("sum", 4)
stackless.tasklet(sorter)("sorted", 3)
stackless.run()
print("blocked receivers:", -ch.balance)
for v in [5, 3, 8, 1, 4, 2, 9]:
    ch.send(v)
print(results)


# a generator that blocks between its yields, driven by a for loop in another tasklet
def ticker(n):
    for i in range(n):
        ch.send("tick %d" % i)
        yield i


def driver():
    total = 0
    for i in ticker(3):
        total += i
    results["driver"] = total


stackless.tasklet(driver)()
stackless.run()
print([ch.receive() for _ in range(3)])
stackless.run()
print("driver", results["driver"])

# one generator, advanced by two tasklets in turn
shared = (x * 10 for x in range(6))
taken = []


def taker(name):
    for _ in range(3):
        taken.append((name, next(shared)))
        stackless.schedule()


stackless.tasklet(taker)("p")
stackless.tasklet(taker)("q")
stackless.run()
print(taken)


# a generator blocked inside a channel receive when its tasklet is killed runs its finally clause
def guarded():
    try:
        while True:
            yield ch.receive()
    finally:
        results["guarded"] = "closed"


def consume():
    for _ in guarded():
        pass


t = stackless.tasklet(consume)()
stackless.run()
t.kill()
print(results.get("guarded"), t.alive, ch.balance)
