# Data nested 100,000 deep, built without recursion, is freed without trouble.
DEPTH = 100000

lst = []
for _ in range(DEPTH):
    lst = [lst]
del lst
print("list")

d = {}
for i in range(DEPTH):
    d = {i: d}
del d
print("dict")

t = None
for _ in range(DEPTH):
    t = (t,)
del t
print("tuple")

s = frozenset()
for _ in range(DEPTH):
    s = frozenset([s])
del s
print("frozenset")


class Link:
    def __init__(self, nxt):
        self.nxt = nxt


head = None
for _ in range(DEPTH):
    head = Link(head)
del head
print("instances")

mixed = None
for i in range(DEPTH):
    mixed = [{"t": (mixed,)}] if i % 2 else {"l": [mixed]}
mixed = None
print("mixed")

x = []
for _ in range(DEPTH):
    x = [x]
y = x
for _ in range(10):
    y = y[0]
del x
print(len(y))
del y
print("done")
