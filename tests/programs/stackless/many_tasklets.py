# 10,000 tasklets blocked on one channel are released in FIFO order; 10,000 tasklets take turns with schedule().
import stackless

N = 10000
ch = stackless.channel()
got = []


def waiter(i):
    got.append((i, ch.receive()))


tasklets = [stackless.tasklet(waiter)(i) for i in range(N)]
print("runcount", stackless.getruncount())
stackless.run()
print("blocked", -ch.balance, "runcount", stackless.getruncount(), "all blocked:", all(t.blocked for t in tasklets))
for v in range(N):
    ch.send(v * 2)
print("released", len(got), "in order:", all(i == n and v == 2 * n for n, (i, v) in enumerate(got)))
print("all done:", not any(t.alive for t in tasklets), "balance", ch.balance)

counter = [0]
order = []


def turner(i):
    for step in range(3):
        counter[0] += 1
        if i < 3:
            order.append((i, step))
        stackless.schedule()


for i in range(N):
    stackless.tasklet(turner)(i)
print("runcount", stackless.getruncount())
stackless.run()
print("steps", counter[0], "first tasklets interleave:", order)
print("runcount", stackless.getruncount())

# many senders, one receiver
for i in range(N):
    stackless.tasklet(ch.send)(i)
stackless.run()
print("senders blocked", ch.balance)
print("total received", sum(ch.receive() for _ in range(N)))
stackless.run()
print("balance", ch.balance, "runcount", stackless.getruncount())
