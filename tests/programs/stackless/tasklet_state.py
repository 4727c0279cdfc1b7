# The state attributes alive, blocked, scheduled, paused, is_main and is_current through a tasklet's life (main's too), and the module's current/main/runcount.
# not runnable under PyPy's emulation: its tasklets have no scheduled, paused, is_main or is_current attributes.
import stackless


def show(label, t):
    print(label, "alive=%s blocked=%s scheduled=%s paused=%s is_main=%s is_current=%s"
          % (t.alive, t.blocked, t.scheduled, t.paused, t.is_main, t.is_current))


ch = stackless.channel()
main = stackless.getmain()


def body():
    me = stackless.getcurrent()
    show("running:", me)
    show("main during run():", main)
    ch.receive()
    show("resumed:", me)
    show("main after send:", main)


t = stackless.tasklet(body)
show("bound:", t)
t()
show("scheduled:", t)
show("main:", main)
stackless.run()
show("blocked:", t)
print("blocked is a bool:", type(t.blocked).__name__)
ch.send(None)
show("finished:", t)
show("main at the end:", main)
print("getmain() is getcurrent():", stackless.getmain() is stackless.getcurrent())
print("module properties:", stackless.current is stackless.getcurrent(), stackless.main is stackless.getmain(),
      stackless.runcount == stackless.getruncount() == 1)
