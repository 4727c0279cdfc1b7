# input() with stdin at end of file: the prompt is written, then EOFError.
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", e.args)
try:
    input("a", "b")
except TypeError as e:
    print(e)
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
