# Deadlock detection: the main tasklet blocking with nothing else runnable gets RuntimeError, the channel is left as it was.
# PyPy's emulation differs: its message is "No runnable tasklets left." and it leaves the main tasklet counted in the channel.
import stackless

ch = stackless.channel()
for label, op in [("receive", ch.receive), ("send", lambda: ch.send(1))]:
    try:
        op()
    except RuntimeError as e:
        print(label, "->", type(e).__name__, e)
    print("balance", ch.balance, "runcount", stackless.getruncount(), "main blocked", bool(stackless.getmain().blocked))


# runnable tasklets run first; when the last one ends with main still blocked, main gets the error
def w(name):
    print(name, "runs")


stackless.tasklet(w)("a")
stackless.tasklet(w)("b")
try:
    ch.receive()
except RuntimeError as e:
    print("receive ->", type(e).__name__, e)
print("balance", ch.balance, "runcount", stackless.getruncount())

stackless.tasklet(w)("c")
try:
    ch.send("x")
except RuntimeError as e:
    print("send ->", type(e).__name__, e)
print("balance", ch.balance, "runcount", stackless.getruncount())

# a tasklet blocking while main is inside run() just ends run()
t = stackless.tasklet(ch.receive)()
print("run returns", stackless.run(), "t blocked", bool(t.blocked), "balance", ch.balance)
ch.send("wake")
print("t alive", t.alive, "balance", ch.balance)
