# A generator resumed while it runs; gi_running inside and outside.
def selfish():
    yield me.gi_running
    me.__next__()
    yield "unreachable"

me = selfish()
print(me.gi_running, me.__next__(), me.gi_running)
try:
    me.__next__()
except ValueError as e:
    print("ValueError:", e)
print(me.gi_frame is None)

def sender():
    try:
        me2.send(1)
    except ValueError as e:
        yield f"inner {e}"

me2 = sender()
print(me2.__next__())

def thrower():
    try:
        me3.throw(KeyError)
    except ValueError as e:
        yield f"throw: {e}"

me3 = thrower()
print(me3.__next__())
