# print() to any object with write(); sep and end validation.
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("a", 1, None, sep=", ", end=".\n", file=c)
print(file=c)
print("x", "y", sep=None, end=None, file=c)
print(c.parts)
print("no file", file=None)
try:
    print("x", sep=1)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
try:
    print("x", file=1)
except AttributeError as e:
    print(e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(e)
class Flushing(Collector):
    def flush(self):
        self.parts.append("<flush>")
f = Flushing()
print("y", file=f, flush=True)
print(f.parts)
