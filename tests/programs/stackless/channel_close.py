# channel.close()/open(): closing versus closed, ValueError when a closed channel would block, and iteration ending at the close.
# PyPy's emulation differs: its closed channels never raise ValueError and iterating one blocks instead of stopping.
import stackless

ch = stackless.channel()
log = []


def snd(v):
    ch.send(v)
    log.append("sent %s" % v)


stackless.tasklet(snd)(1)
stackless.tasklet(snd)(2)
stackless.run()
print("close returns", ch.close())
print("closing", ch.closing, "closed", ch.closed, "balance", ch.balance)
print("received", ch.receive(), "closed", ch.closed)
print("received", ch.receive(), "closed", ch.closed, "balance", ch.balance)
stackless.run()
print(log)
for label, op in [("receive", ch.receive), ("send", lambda: ch.send(3))]:
    try:
        op()
    except ValueError as e:
        print(label, "on a closed channel ->", type(e).__name__, e)
print("balance", ch.balance, "runcount", stackless.getruncount())
print("iterating a closed channel:", list(ch))
try:
    next(ch)
except StopIteration as e:
    print("next() ->", type(e).__name__, e.args)
print("open returns", ch.open())
print("closing", ch.closing, "closed", ch.closed)

# a closing channel still serves the receivers that already wait on it
got = []
stackless.tasklet(lambda: got.append(ch.receive()))()
stackless.run()
ch.close()
print("receiver waiting: closing", ch.closing, "closed", ch.closed, "balance", ch.balance)
ch.send("late")
print(got, "closed", ch.closed)
ch.open()

# senders blocked before the close are drained by iteration, which then stops
for v in "abc":
    stackless.tasklet(snd)(v)
stackless.run()
ch.close()
print("drained:", list(ch), "closed", ch.closed)
stackless.run()
print(log)


def consumer():
    for x in ch:
        log.append("consumer got %s" % x)
    log.append("consumer loop ended")


ch.open()
del log[:]
c = stackless.tasklet(consumer)()
stackless.run()
ch.send("p")
ch.send("q")
ch.close()
print("close does not wake the blocked consumer:", bool(c.blocked), ch.balance, ch.closing, ch.closed)
print(log)
c.kill()
print("after kill: alive", c.alive, "balance", ch.balance, "closed", ch.closed)
