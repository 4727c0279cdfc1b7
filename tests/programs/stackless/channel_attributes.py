# Channel attributes: preference normalisation, schedule_all, queue, read-only balance, initial closing/closed, send_sequence's count.
# not runnable under PyPy's emulation: there preference is a plain attribute, queue is a deque and send_sequence returns None.
import stackless

ch = stackless.channel()
print("initial:", ch.balance, ch.preference, ch.schedule_all, ch.closing, ch.closed, ch.queue)
for value in (5, -3, 0, True, -1):
    ch.preference = value
    print("preference set to", value, "reads", ch.preference)
for value in ("1", 1.5, None):
    try:
        ch.preference = value
    except TypeError as e:
        print("preference =", repr(value), "->", type(e).__name__, e)
try:
    ch.schedule_all = "yes"
except TypeError as e:
    print("schedule_all = 'yes' ->", type(e).__name__, e)
ch.schedule_all = 7
print("schedule_all reads", ch.schedule_all)
ch.schedule_all = False
print("schedule_all reads", ch.schedule_all)
try:
    ch.balance = 3
except AttributeError as e:
    print("balance is read-only:", type(e).__name__)

order = []


def rec(name):
    order.append(name + " got " + ch.receive())


def other(name):
    order.append(name + " runs")


r1 = stackless.tasklet(rec)("r1")
r2 = stackless.tasklet(rec)("r2")
stackless.run()
print("queue is the first blocked tasklet:", ch.queue is r1, "balance", ch.balance)

# preference -1: the receiver runs at once, then the tasklets queued before it
stackless.tasklet(other)("x1")
ch.send("a")
order.append("main after send")
print(order)
print("queue is r2 now:", ch.queue is r2)

# schedule_all: the receiver goes to the end of the queue and the next runnable tasklet runs
del order[:]
ch.schedule_all = 1
stackless.tasklet(other)("x2")
ch.send("b")
order.append("main after send")
print(order)
print("queue when empty:", ch.queue)

# schedule_all on receive: the sender is queued last and the caller yields too
del order[:]
stackless.tasklet(lambda: order.append("sender done " + str(ch.send("c"))))()
stackless.run()
stackless.tasklet(other)("x3")
order.append("main received " + ch.receive())
print(order)
ch.schedule_all = 0


def consumer(n):
    got = []
    for _ in range(n):
        got.append(ch.receive())
    print("consumer got", got)


stackless.tasklet(consumer)(4)
stackless.run()
print("send_sequence returns", ch.send_sequence(x * x for x in range(4)))
print("balance", ch.balance, "runcount", stackless.getruncount())
