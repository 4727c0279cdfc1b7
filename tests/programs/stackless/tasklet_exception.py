# An uncaught exception in a tasklet ends it and is raised in the main tasklet, out of run() or schedule(); the others stay queued.
# PyPy's emulation differs: a main tasklet woken by the exception stays counted in the channel, and tracebacks show the emulation's own frames.
import stackless


def good(name):
    print(name, "runs")


def bad(exc):
    print("bad runs")
    raise exc


stackless.tasklet(good)("g1")
b = stackless.tasklet(bad)(ValueError("from tasklet"))
stackless.tasklet(good)("g2")
try:
    stackless.run()
except ValueError as e:
    print("main caught", type(e).__name__, e)
print("bad alive:", b.alive, "runcount", stackless.getruncount())
stackless.run()
print("runcount", stackless.getruncount())

# main waiting in schedule() gets it too
stackless.tasklet(bad)(KeyError("k"))
stackless.tasklet(good)("g3")
try:
    stackless.schedule()
except KeyError as e:
    print("schedule() raised", type(e).__name__, e)
print("runcount", stackless.getruncount())
stackless.run()

# main blocked on a channel gets it while blocked
ch = stackless.channel()
stackless.tasklet(bad)(ZeroDivisionError("zd"))
try:
    ch.receive()
except ZeroDivisionError as e:
    print("receive() raised", type(e).__name__, e)
print("balance", ch.balance, "runcount", stackless.getruncount())


# the traceback of the exception names the tasklet's frames
def deep(n):
    if n == 0:
        raise RuntimeError("deep")
    deep(n - 1)


stackless.tasklet(deep)(3)
try:
    stackless.run()
except RuntimeError as e:
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback frames:", names)
