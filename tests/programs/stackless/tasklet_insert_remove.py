# tasklet.insert() and tasklet.remove(): return values, effect on the run queue, repeats, and their RuntimeErrors.
# PyPy's emulation differs: its insert()/remove() return None and a second insert() queues the tasklet twice.
import stackless

order = []


def f(name):
    order.append(name)


def attempt(label, fn):
    try:
        fn()
    except RuntimeError as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "-> no error")


a = stackless.tasklet(f)("a")
b = stackless.tasklet(f)("b")
print("runcount", stackless.getruncount())
print("remove returns the tasklet:", a.remove() is a, stackless.getruncount())
print("removing again:", a.remove() is a, stackless.getruncount())
print("alive after remove:", a.alive)
stackless.run()
print(order)
print("insert returns the tasklet:", a.insert() is a, stackless.getruncount())
print("inserting again:", a.insert() is a, stackless.getruncount())
stackless.run()
print(order)
print("runcount", stackless.getruncount())

attempt("insert of a finished tasklet", a.insert)
attempt("insert of a tasklet bound without arguments", stackless.tasklet(f).insert)
attempt("insert of a new tasklet", stackless.tasklet().insert)
attempt("remove of the current tasklet", stackless.getcurrent().remove)

ch = stackless.channel()


def waiter():
    order.append(ch.receive())


c = stackless.tasklet(waiter)()
stackless.run()
print("c blocked:", bool(c.blocked), "balance", ch.balance)
attempt("remove of a blocked tasklet", c.remove)
attempt("insert of a blocked tasklet", c.insert)
print("still blocked:", bool(c.blocked), "balance", ch.balance)
ch.send("sent")
print(order, "c alive:", c.alive)
print("insert of the current tasklet:", stackless.getcurrent().insert() is stackless.getcurrent(), stackless.getruncount())
