# run(timeout=N) preempts a busy tasklet and returns it; re-inserting it lets it go on and finish; None when nothing is interrupted.
# not runnable under PyPy's emulation: its run() has no timeout.
import stackless

state = {"done": False, "steps": 0}


def busy():
    i = 0
    while i < 300000:
        i += 1
    state["steps"] = i
    state["done"] = True


t = stackless.tasklet(busy)()
victim = stackless.run(100)
print("interrupted:", victim is t)
print("finished before the interruption:", state["done"])
print("victim: alive", t.alive, "scheduled", t.scheduled, "paused", t.paused, "blocked", t.blocked)
print("runcount", stackless.getruncount(), "current is main:", stackless.getcurrent() is stackless.getmain())

rounds = 0
while t.alive:
    t.insert()
    r = stackless.run(timeout=100)
    assert r is t or (r is None and not t.alive), r
    rounds += 1
print("finished after being resumed:", state["done"], state["steps"], "more than one round:", rounds > 1)
print("nothing to run returns", stackless.run(100))

# two busy tasklets: each run() returns the one it interrupted, both finish in the end
finished = []


def spin(name, n):
    i = 0
    while i < n:
        i += 1
    finished.append(name)


a = stackless.tasklet(spin)("a", 50000)
b = stackless.tasklet(spin)("b", 50000)
seen = set()
while a.alive or b.alive:
    r = stackless.run(50)
    if r is not None:
        seen.add(r.__class__.__name__)
        r.insert()
print(sorted(finished), seen, "runcount", stackless.getruncount())

# without a timeout, run() never interrupts
c = stackless.tasklet(spin)("c", 50000)
print("run() without timeout returns", stackless.run(), sorted(finished))
