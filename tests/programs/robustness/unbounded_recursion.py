# Unbounded recursion raises RecursionError at the default limit; the program goes on.
import sys


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as e:
    print("RecursionError:", e)

# Still usable afterwards, and again.
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


print(depth(500))
try:
    forever(0)
except RecursionError as e:
    print("again:", type(e).__name__)
print(sys.getrecursionlimit())
