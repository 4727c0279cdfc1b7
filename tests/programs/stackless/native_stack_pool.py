# pyrs's own limit, not Stackless Python's (which copies C stacks and has none): a tasklet
# blocked under a native caller keeps a native stack, and at most _stackless.MAX_NATIVE_STACKS
# of them exist at once; one more is a RuntimeError in the main tasklet, never a crash, and the
# tasklets blocked so far stay blocked and can be released.
import _stackless
import stackless

ch = stackless.channel()
limit = _stackless.MAX_NATIVE_STACKS
started = 0


def w():
    global started
    started += 1
    # map's next() calls the lambda: the receive blocks under a native caller.
    return list(map(lambda _: ch.receive(), [0]))


ts = [stackless.tasklet(w)() for _ in range(limit + 5)]
try:
    stackless.run()
except RuntimeError as e:
    print("RuntimeError:", str(e).replace(str(limit), "LIMIT"))
print("blocked", started == limit, -ch.balance == limit)
waiting = [t for t in ts if t.scheduled and not t.blocked]
for t in waiting:
    t.remove()
print("never started:", len(waiting))
for i in range(limit):
    ch.send(i)
print("released", sum(not t.alive for t in ts) == limit, "balance", ch.balance)
for t in waiting:
    t.insert()
stackless.run()
print("the others blocked:", sum(t.blocked for t in ts), "balance", ch.balance)
for i in range(len(waiting)):
    ch.send(i)
print("all done:", all(not t.alive for t in ts), "runcount", stackless.getruncount())
