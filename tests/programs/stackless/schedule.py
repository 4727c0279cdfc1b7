# stackless.schedule(): round-robin order, its return value, main taking part, and schedule_remove() parking a tasklet.
import stackless


def worker(name, n):
    for i in range(n):
        print(name, i, "runcount", stackless.getruncount())
        stackless.schedule()
    print(name, "done")


stackless.tasklet(worker)("a", 2)
stackless.tasklet(worker)("b", 3)
stackless.run()


def w():
    print("w runs, runcount", stackless.getruncount())


stackless.tasklet(w)()
print("main before schedule, runcount", stackless.getruncount())
r = stackless.schedule()
print("main after schedule: returns the current tasklet", r is stackless.getcurrent(),
      "runcount", stackless.getruncount())
print("schedule with a value and nothing else to run returns", stackless.schedule("value"))

parked = []


def sr():
    print("sr before schedule_remove")
    parked.append(stackless.schedule_remove("back"))
    print("sr resumed, schedule_remove returned", parked[-1])


t = stackless.tasklet(sr)()
stackless.run()
print("after run: runcount", stackless.getruncount(), "alive", t.alive)
t.insert()
stackless.run()
print("after second run: alive", t.alive)

log = []


def chatty(name):
    for i in range(3):
        log.append(name + str(i))
        stackless.schedule()


for name in "xyz":
    stackless.tasklet(chatty)(name)
for _ in range(2):
    log.append("main")
    stackless.schedule()
print(" ".join(log))
stackless.run()
print(" ".join(log))
print("runcount", stackless.getruncount())
