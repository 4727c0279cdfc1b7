import sys
# print() keyword arguments and writing to sys.stdout directly.
print(1, 2, 3, sep=", ")
print("no newline", end="")
print(" -- continued")
print("a", "b", "c", sep="\n")
print(*range(5))
print(*[], sep="x")
print("", end="\n\n")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print("write returned", n)
print("to stdout", file=sys.stdout)
print("flush", flush=True)
print(None, sep=None, end=None)
print("tab\tseparated", "multi\nline")
try:
    print(sep=5)
except TypeError as e:
    print("TypeError:", e)
