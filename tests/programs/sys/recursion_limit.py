# sys.getrecursionlimit/setrecursionlimit and the errors they give.
import sys
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print(e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
