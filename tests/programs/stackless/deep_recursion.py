# Deep recursion inside tasklets: two tasklets each 100,000 frames deep block at the bottom; each tasklet has its own recursion depth.
# not runnable under PyPy's emulation: such deep recursion inside its tasklets crashes it.
import sys

import stackless

sys.setrecursionlimit(150000)
ch = stackless.channel()


def down(n):
    if n == 0:
        return ch.receive()
    return down(n - 1) + 1


results = []


def worker(depth):
    results.append(down(depth))


stackless.tasklet(worker)(100000)
stackless.tasklet(worker)(100000)
stackless.run()
print("both blocked at the bottom:", ch.balance)
ch.send(0)
ch.send(1000000)
print(results)


def too_deep(n):
    return too_deep(n + 1) + 1


def overflow():
    try:
        too_deep(0)
    except RecursionError:
        results.append("RecursionError caught in the tasklet")


stackless.tasklet(overflow)()
stackless.run()
print(results[-1])
print("runcount", stackless.getruncount())
