# tasklet.tempval: the bound function before setup, None once set up, the value a blocked sender carries, and what schedule() returns.
# PyPy's emulation differs: a bound tasklet's tempval is None there and schedule() returns its argument, not the tempval.
import stackless


def f():
    pass


t = stackless.tasklet(f)
print("bound: tempval is the function:", t.tempval is f)
t()
print("set up: tempval", t.tempval)

ch = stackless.channel()


def snd():
    ch.send("payload")


s = stackless.tasklet(snd)()
stackless.run()
print("blocked sender carries:", s.tempval)
print("received", ch.receive())
stackless.run()

main = stackless.getcurrent()
print("schedule() returns the current tasklet:", stackless.schedule() is main)
print("schedule(42) returns", stackless.schedule(42))


def setter(target, v):
    target.tempval = v


stackless.tasklet(setter)(main, "set by a tasklet")
print("schedule() returns what another tasklet left in tempval:", stackless.schedule())
print("and leaves it empty:", main.tempval)
