# The atomic flag: set_atomic() and stackless.atomic() keep run(timeout=N) from preempting a tasklet until the flag is cleared.
# not runnable under PyPy's emulation: it has no atomic flag and its run() has no timeout.
import stackless


def spin(n):
    i = 0
    while i < n:
        i += 1


log = []


def worker():
    me = stackless.getcurrent()
    log.append(("atomic at start", me.atomic))
    spin(50000)
    log.append("critical section done")
    log.append(("set_atomic returns", me.set_atomic(False)))
    spin(50000)
    log.append("tail done")


t = stackless.tasklet(worker)()
print("set_atomic returns the old flag:", t.set_atomic(True), t.set_atomic(True))
print("t.atomic", t.atomic, "main atomic", stackless.getcurrent().atomic)
v = stackless.run(100)
print("interrupted:", v is t)
print(log[:2])
while t.alive:
    t.insert()
    stackless.run(100)
print(log[2:])

log2 = []


def worker2():
    with stackless.atomic():
        log2.append(("inside atomic()", stackless.getcurrent().atomic))
        spin(50000)
        log2.append("critical section done")
    log2.append(("after atomic()", stackless.getcurrent().atomic))
    spin(50000)
    log2.append("tail done")


t2 = stackless.tasklet(worker2)()
v = stackless.run(1000)
print("interrupted:", v is t2)
print(log2[:2])
while t2.alive:
    t2.insert()
    stackless.run(1000)
print(log2[2:])

# atomic() nests and restores the previous value
main = stackless.getcurrent()
with stackless.atomic():
    with stackless.atomic():
        print("nested:", main.atomic)
    print("inner exit keeps it:", main.atomic)
print("outer exit restores:", main.atomic)
print("set_atomic needs an int:", end=" ")
try:
    main.set_atomic("yes")
except TypeError as e:
    print(type(e).__name__, e)
