# TaskletExit: a builtin subclass of SystemExit; raised or delivered by kill() it ends a tasklet silently and `except Exception` misses it.
# not runnable under PyPy's emulation: there TaskletExit is stackless.TaskletExit, a subclass of Exception, and not a builtin.
import builtins
import stackless

print("builtin:", builtins.TaskletExit is TaskletExit)
print("bases:", [c.__name__ for c in TaskletExit.__mro__])

log = []


def quits():
    log.append("quits runs")
    raise TaskletExit("bye")


def quits_deep():
    def inner():
        raise TaskletExit
    try:
        inner()
    finally:
        log.append("quits_deep finally")


q = stackless.tasklet(quits)()
qd = stackless.tasklet(quits_deep)()
stackless.run()
print(log, "alive:", q.alive, qd.alive, "runcount", stackless.getruncount())

ch = stackless.channel()


def careless():
    try:
        ch.receive()
    except Exception as e:
        log.append("Exception handler: " + type(e).__name__)
    except BaseException as e:
        log.append("BaseException handler: " + type(e).__name__)
        raise


del log[:]
c = stackless.tasklet(careless)()
stackless.run()
c.kill()
print(log, "alive:", c.alive)

# TaskletExit raised in the main tasklet is an ordinary exception there
try:
    raise TaskletExit("in main")
except SystemExit as e:
    print("main caught", type(e).__name__, e.args)
