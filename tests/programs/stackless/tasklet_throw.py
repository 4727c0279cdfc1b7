# tasklet.throw() (immediate and pending=True), raise_exception(), kill(pending=True), and throwing to new, dead and current tasklets.
# not runnable under PyPy's emulation: its tasklets have no throw() or raise_exception() and kill() takes no pending argument.
import stackless


class Boom(Exception):
    pass


ch = stackless.channel()


def waiter(name):
    try:
        ch.receive()
    except Boom as e:
        print(name, "caught", type(e).__name__, e.args)
    except TaskletExit:
        print(name, "caught TaskletExit")
        raise
    finally:
        print(name, "leaves its try")
    print(name, "ends")


t1 = stackless.tasklet(waiter)("t1")
stackless.run()
print("t1 blocked", bool(t1.blocked), "balance", ch.balance)
print("throw returns", t1.throw(Boom("now")))
print("t1 alive", t1.alive, "balance", ch.balance)

t2 = stackless.tasklet(waiter)("t2")
stackless.run()
print("pending throw returns", t2.throw(Boom, Boom("later"), None, pending=True))
print("t2 blocked", bool(t2.blocked), "scheduled", t2.scheduled, "balance", ch.balance,
      "runcount", stackless.getruncount())
stackless.run()
print("t2 alive", t2.alive)

t3 = stackless.tasklet(waiter)("t3")
stackless.run()
print("raise_exception returns", t3.raise_exception(Boom, "a", 1))

t4 = stackless.tasklet(waiter)("t4")
stackless.run()
print("pending kill returns", t4.kill(pending=True))
print("t4 blocked", bool(t4.blocked), "scheduled", t4.scheduled, "alive", t4.alive, "balance", ch.balance)
stackless.run()
print("t4 alive", t4.alive)


def untouched():
    print("untouched body runs")


fresh = stackless.tasklet(untouched)()
try:
    fresh.throw(Boom("fresh"))
except Boom as e:
    print("main got the fresh tasklet's exception:", e)
print("fresh alive", fresh.alive, "runcount", stackless.getruncount())

for label, target in [("bound only", stackless.tasklet(untouched)), ("finished", fresh)]:
    try:
        target.throw(Boom("x"))
    except RuntimeError as e:
        print("throw to a", label, "tasklet ->", type(e).__name__, e)
    print("kill of a", label, "tasklet returns", target.kill())

try:
    stackless.getcurrent().throw(Boom("self"))
except Boom as e:
    print("throw to the current tasklet raises at once:", e)
try:
    stackless.getcurrent().raise_exception(Boom, "self", 2)
except Boom as e:
    print("raise_exception on the current tasklet:", e.args)
print("runcount", stackless.getruncount())
