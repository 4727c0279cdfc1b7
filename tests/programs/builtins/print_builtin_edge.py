import sys
# print() with objects whose __str__ raises or returns non-strings, and file=sys.stderr in errors/.
class S:
    def __str__(self):
        return "S-object"


class Bad:
    def __str__(self):
        return 5


print(S(), [S()] if False else "lists use repr", sep=" | ")
try:
    print(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collector()
print("to", "collector", sep="_", end="!", file=c)
print(c.parts)
print("None file means stdout", file=None)
