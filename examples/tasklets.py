"""Tasklets and channels, for pyrs's stackless engine:

    pyrs --impl stackless examples/tasklets.py

A producer sends numbers over a channel to two consumers, then one None to each; the main
tasklet collects their sums.
"""

import stackless

numbers = stackless.channel()
results = stackless.channel()


def producer(n, consumers):
    for i in range(n):
        numbers.send(i)
    for _ in range(consumers):
        numbers.send(None)


def consumer(name):
    total = 0
    for x in iter(numbers.receive, None):
        total += x
    results.send((name, total))


stackless.tasklet(producer)(10, 2)
stackless.tasklet(consumer)("a")
stackless.tasklet(consumer)("b")
got = sorted(results.receive() for _ in range(2))
print(got, "total", sum(t for _, t in got))
