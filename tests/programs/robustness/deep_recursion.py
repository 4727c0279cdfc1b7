# A 50,000-deep Python recursion runs once the limit allows it.
import sys

sys.setrecursionlimit(100000)


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(50000))


def count_down(n, acc):
    return acc if n == 0 else count_down(n - 1, acc + n)


print(count_down(50000, 0))
print(sys.getrecursionlimit())
