"""N greenlets parked at once on one shared channel-like queue, then released.

Usage: blocked_greenlet.py [N]   (default 1,000,000)

The greenlet counterpart of blocked_stackless.py, with the same output. The main greenlet
switches into each new greenlet, which runs up to Channel.receive(): that parks it in the
channel's queue and switches back to the main greenlet. The main greenlet then sends 0..N-1:
each send switches to the oldest parked greenlet, which runs to its end and returns to main.
"""

import sys
from collections import deque

from greenlet import getcurrent, greenlet


class Channel:
    """Just enough of a stackless channel for receivers parked by a main (sending) greenlet."""

    def __init__(self):
        self.receivers = deque()

    @property
    def balance(self):
        return -len(self.receivers)

    def receive(self):
        self.receivers.append(getcurrent())
        return getcurrent().parent.switch()

    def send(self, value):
        self.receivers.popleft().switch(value)


def waiter(channel, index, tally):
    value = channel.receive()
    if value == index:
        tally[0] += 1
    tally[1] += value


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    channel = Channel()
    tally = [0, 0]  # greenlets that received their own index, sum of the values received
    for index in range(n):
        greenlet(waiter).switch(channel, index, tally)
    print("blocked", -channel.balance)
    for index in range(n):
        channel.send(index)
    print("received own value", tally[0])
    print("checksum", tally[1])
    print("still blocked", -channel.balance)


main()
