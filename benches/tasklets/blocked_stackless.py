"""N tasklets blocked at once on one shared channel, then released.

Usage: blocked_stackless.py [N]   (default 1,000,000)

Each tasklet receives once from the same channel, so after stackless.run() returns all N are
blocked on it and channel.balance is -N. The main tasklet then sends 0..N-1; the channel queue
is first-in first-out, so tasklet i must receive i. Run with N=0 for the memory baseline.
"""

import sys

import stackless


def waiter(channel, index, tally):
    value = channel.receive()
    if value == index:
        tally[0] += 1
    tally[1] += value


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    channel = stackless.channel()
    tally = [0, 0]  # tasklets that received their own index, sum of the values received
    for index in range(n):
        stackless.tasklet(waiter)(channel, index, tally)
    stackless.run()  # runs each tasklet up to its receive(); returns once none is runnable
    print("blocked", -channel.balance)
    for index in range(n):
        channel.send(index)
    stackless.run()  # lets any released tasklet that has not finished yet finish
    print("received own value", tally[0])
    print("checksum", tally[1])
    print("still blocked", -channel.balance)


main()
