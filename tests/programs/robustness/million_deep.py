# A 1,000,000-deep Python recursion after sys.setrecursionlimit(2_000_000). CPython 3.12 and
# the stackless engine run Python calls on the heap and complete it; the cpython engine recurses
# on the native stack and raises RecursionError (million_deep.cpython.stdout), never crashing.
import sys

sys.setrecursionlimit(2_000_000)


def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


try:
    print(depth(1_000_000))
except RecursionError as e:
    print("RecursionError:", e)


def unwind(n):
    if n == 0:
        raise ValueError("from the bottom")
    return unwind(n - 1)


try:
    unwind(300_000)
except ValueError as e:
    print("caught:", e)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(1000))
