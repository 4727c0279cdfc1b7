# A chain of 300,000 generators, each iterating the next (for ... in ...: yield), and one of
# 200,000 delegating with yield from, after
# sys.setrecursionlimit(1_000_000). CPython 3.12 and the stackless engine resume generators in
# the loop that iterates them and complete it; the cpython engine resumes each by recursing on
# the native stack and raises RecursionError (deep_generators.cpython.stdout), never crashing.
import sys

sys.setrecursionlimit(1_000_000)


def chain(n):
    if n == 0:
        yield 0
        yield 1
        return
    for x in chain(n - 1):
        yield x + 1


try:
    print(list(chain(300_000)))
except RecursionError as e:
    print("RecursionError:", e)


def failing(n):
    if n == 0:
        yield "bottom"
        raise ValueError("at the bottom")
    for x in failing(n - 1):
        yield x


got = []
try:
    for x in failing(100_000):
        got.append(x)
except ValueError as e:
    print("caught:", e, got)
except RecursionError as e:
    print("RecursionError:", e)
print(sum(chain(100)))


def delegating(n):
    if n == 0:
        sent = yield "leaf"
        return sent
    r = yield from delegating(n - 1)
    return r + 1


g = delegating(200_000)
try:
    print(next(g))
    g.send(0)
except StopIteration as e:
    print("yield from depth:", e.value)
except RecursionError as e:
    print("RecursionError:", e)
