# Channel send/receive in both orders: who blocks, the balance's sign and value, FIFO wake-up, and what runs first.
import stackless

ch = stackless.channel()


def receiver(name):
    print(name, "receiving")
    v = ch.receive()
    print(name, "got", v)


def sender(name, v):
    print(name, "sending", v)
    ch.send(v)
    print(name, "sent", v)


print("balance", ch.balance)
stackless.tasklet(receiver)("r1")
stackless.tasklet(receiver)("r2")
stackless.run()
print("two receivers blocked, balance", ch.balance)
ch.send("A")
print("main sent A, balance", ch.balance)
ch.send("B")
print("main sent B, balance", ch.balance)

stackless.tasklet(sender)("s1", 1)
stackless.tasklet(sender)("s2", 2)
stackless.run()
print("two senders blocked, balance", ch.balance)
v = ch.receive()
print("main received", v, "balance", ch.balance, "runcount", stackless.getruncount())
stackless.run()
v = ch.receive()
print("main received", v, "balance", ch.balance, "runcount", stackless.getruncount())
stackless.run()

# tasklet to tasklet, with the main tasklet out of the way
log = []


def ping(n):
    for i in range(n):
        ch.send(i)
        log.append("ping sent %d" % i)


def pong(n):
    for _ in range(n):
        log.append("pong got %d" % ch.receive())


stackless.tasklet(ping)(3)
stackless.tasklet(pong)(3)
stackless.run()
print("\n".join(log))
print("balance", ch.balance, "runcount", stackless.getruncount())
