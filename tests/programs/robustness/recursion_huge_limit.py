# With a recursion limit of 10**9 the limit cannot be reached: recursion that goes through
# native calls must still end in RecursionError (the native stack runs out), not a crash.
import sys

sys.setrecursionlimit(10**9)


class Node:
    def __getattr__(self, name):
        return getattr(self, "other")


try:
    Node().a
except RecursionError as e:
    print("getattr:", type(e).__name__)


class R:
    def __repr__(self):
        return repr(self)


try:
    repr(R())
except RecursionError as e:
    print("repr:", type(e).__name__)


def through_builtin(n):
    return list(map(through_builtin, [n + 1]))


try:
    through_builtin(0)
except RecursionError as e:
    print("map:", type(e).__name__)

sys.setrecursionlimit(1000)


def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


print(depth(500))
