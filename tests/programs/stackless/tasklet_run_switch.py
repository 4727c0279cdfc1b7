# tasklet.run() switches at once and leaves the caller runnable; tasklet.switch() pauses the caller; run() returns main's tempval.
# not runnable under PyPy's emulation: its tasklets have no scheduled or paused attributes.
import stackless

main = stackless.getmain()


def f(name):
    print(name, "runs: main scheduled", main.scheduled, "paused", main.paused,
          "runcount", stackless.getruncount())


a = stackless.tasklet(f)("a")
b = stackless.tasklet(f)("b")
print("runcount", stackless.getruncount())
b.run()
print("main continues: a alive", a.alive, "b alive", b.alive, "runcount", stackless.getruncount())
stackless.run()
print("a alive", a.alive)

c = stackless.tasklet().bind(f, ("c",))
d = stackless.tasklet(f)("d")
print("c paused", c.paused, "runcount", stackless.getruncount())
c.switch()
print("main continues: c alive", c.alive, "d alive", d.alive,
      "runcount", stackless.getruncount(), "main scheduled", main.scheduled)

stackless.getcurrent().tempval = "tv"
e = stackless.tasklet(f)("e")
print("run() returns main's tempval:", e.run())
print("main's tempval afterwards:", stackless.getcurrent().tempval)
