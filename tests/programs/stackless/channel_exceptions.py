# channel.send_exception() and send_throw(): the receiver gets the exception, the sender goes on; also into a blocked main tasklet.
# PyPy's emulation differs: its send_exception() takes one message argument only and wraps the exception in another, and it has no send_throw().
import stackless


class MyError(Exception):
    pass


ch = stackless.channel()


def rec(name):
    try:
        v = ch.receive()
        print(name, "got value", v)
    except MyError as e:
        print(name, "got", type(e).__name__, e.args)
    except KeyError as e:
        print(name, "got", type(e).__name__, e.args)


for n in ("r1", "r2", "r3", "r4", "r5"):
    stackless.tasklet(rec)(n)
stackless.run()
print("balance", ch.balance)
print("send_exception returns", ch.send_exception(MyError, "bad", 42))
print("send_exception without arguments returns", ch.send_exception(KeyError))
print("send_throw returns", ch.send_throw(MyError("thrown")))
print("send_throw with a value returns", ch.send_throw(MyError, MyError("typed")))
ch.send("plain")
print("balance", ch.balance)

try:
    ch.send_exception(ValueError("not a class"))
except TypeError as e:
    print("send_exception of an instance ->", type(e).__name__)
print("balance", ch.balance)


def thrower():
    ch.send_exception(MyError, "to main")
    print("thrower continues")


stackless.tasklet(thrower)()
try:
    ch.receive()
except MyError as e:
    print("main got", type(e).__name__, e.args)
stackless.run()
print("balance", ch.balance, "runcount", stackless.getruncount())
