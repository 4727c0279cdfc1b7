# Creating tasklets with tasklet(f)(args), setup() and keywords: FIFO run order and getruncount() at each step.
import stackless


def worker(name, n, sep="-"):
    print("worker", name, n, sep, "runcount", stackless.getruncount())


print("start", stackless.getruncount())
t1 = stackless.tasklet(worker)("a", 1)
print("after t1", stackless.getruncount())
t2 = stackless.tasklet(worker).setup("b", 2, sep="+")
print("after t2", stackless.getruncount())
t3 = stackless.tasklet(worker)("c", n=3)
print("after t3", stackless.getruncount())
print("calls return the tasklet:", type(t1) is stackless.tasklet, type(t2) is stackless.tasklet)
print("alive before run:", t1.alive, t2.alive, t3.alive)
print("run returns", stackless.run())
print("alive after run:", t1.alive, t2.alive, t3.alive)
print("end", stackless.getruncount())
print("main is current:", stackless.getcurrent() is stackless.getmain())
