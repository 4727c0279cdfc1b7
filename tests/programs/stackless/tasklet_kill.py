# tasklet.kill(): TaskletExit raised in a blocked tasklet, finally clauses, and killing new, finished, scheduled and current tasklets.
# PyPy's emulation differs: a killed blocked tasklet stays counted in the channel's balance, and killing a scheduled tasklet returns to the caller before the tasklets queued after it run.
import stackless

try:
    TaskletExit
except NameError:
    TaskletExit = stackless.TaskletExit  # PyPy's emulation keeps it in the module only

ch = stackless.channel()


def victim():
    try:
        print("victim waits")
        ch.receive()
        print("not reached")
    except TaskletExit as e:
        print("victim got", type(e).__name__, e.args)
        raise
    finally:
        print("victim finally")


t = stackless.tasklet(victim)()
stackless.run()
print("before kill: alive", t.alive, "blocked", bool(t.blocked), "balance", ch.balance)
print("kill returns", t.kill())
print("after kill: alive", t.alive, "blocked", bool(t.blocked), "balance", ch.balance,
      "runcount", stackless.getruncount())


def never():
    try:
        print("never: body runs")
    finally:
        print("never: finally runs")


n = stackless.tasklet(never)()
print("new: alive", n.alive, "runcount", stackless.getruncount())
n.kill()
print("killed before it ran: alive", n.alive, "runcount", stackless.getruncount())
n.kill()
print("killing a dead tasklet again is fine: alive", n.alive)


def stubborn():
    try:
        ch.receive()
    except TaskletExit:
        print("stubborn swallows TaskletExit")
    print("stubborn returns normally")


s = stackless.tasklet(stubborn)()
stackless.run()
s.kill()
print("stubborn alive", s.alive, "balance", ch.balance)


def suicide():
    print("suicide kills itself")
    try:
        stackless.getcurrent().kill()
    finally:
        print("suicide finally")
    print("not reached")


stackless.tasklet(suicide)()
stackless.run()
print("runcount", stackless.getruncount())

order = []


def worker(name):
    order.append(name)


w1 = stackless.tasklet(worker)("w1")
w2 = stackless.tasklet(worker)("w2")
w1.kill()
print("after killing w1:", order, "runcount", stackless.getruncount())
stackless.run()
print(order)
