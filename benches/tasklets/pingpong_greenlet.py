"""Two greenlets switching to each other, passing a counter.

Usage: pingpong_greenlet.py [M]   (default 1,000,000 round trips)

The greenlet counterpart of pingpong_stackless.py, with the same output: ping switches to
pong with the counter, pong switches back to ping with the counter plus one, so each round
trip is two switches. Run with M=0 for the baseline.
"""

import sys

from greenlet import greenlet


def ping(rounds):
    value = 0
    for _ in range(rounds):
        value = pong_greenlet.switch(value)
    return value


def pong(value):
    while True:
        value = ping_greenlet.switch(value + 1)


ping_greenlet = greenlet(ping)
pong_greenlet = greenlet(pong)


def main():
    m = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    print("final value", ping_greenlet.switch(m))


main()
