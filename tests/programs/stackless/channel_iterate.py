# Iterating a channel with for, and pipelines of tasklets fed by send_sequence() from generators.
# not runnable under PyPy's emulation: its channels are not iterable.
import stackless

source = stackless.channel()
squares = stackless.channel()
results = []


def producer(n):
    def numbers():
        for i in range(n):
            yield i
    source.send_sequence(numbers())
    source.send(None)


def squarer():
    for x in source:
        if x is None:
            squares.send(None)
            return
        squares.send(x * x)


def collector():
    for y in squares:
        if y is None:
            break
        results.append(y)
    print("collector done")


stackless.tasklet(collector)()
stackless.tasklet(squarer)()
stackless.tasklet(producer)(6)
stackless.run()
print(results)
print("balances", source.balance, squares.balance, "runcount", stackless.getruncount())

# the iterator of a channel is the channel itself
print(iter(source) is source)


def feeder():
    for word in ["alpha", "beta", "gamma"]:
        source.send(word)


stackless.tasklet(feeder)()
it = iter(source)
print(next(it), next(it), next(it))
stackless.run()
print("balance", source.balance)
