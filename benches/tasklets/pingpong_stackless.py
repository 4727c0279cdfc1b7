"""Two tasklets passing a counter back and forth over two channels.

Usage: pingpong_stackless.py [M]   (default 1,000,000 round trips)

ping sends the counter to pong, pong sends it back plus one. Each round trip is two tasklet
switches (ping to pong, pong to ping). Prints the final counter, M. Run with M=0 for the
baseline (start-up and set-up without switching).
"""

import sys

import stackless


def ping(to_pong, to_ping, rounds, result):
    value = 0
    for _ in range(rounds):
        to_pong.send(value)
        value = to_ping.receive()
    result.append(value)


def pong(to_pong, to_ping, rounds):
    for _ in range(rounds):
        to_ping.send(to_pong.receive() + 1)


def main():
    m = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    to_pong, to_ping = stackless.channel(), stackless.channel()
    result = []
    stackless.tasklet(ping)(to_pong, to_ping, m, result)
    stackless.tasklet(pong)(to_pong, to_ping, m)
    stackless.run()
    print("final value", result[0])


main()
