"""A small program to try pyrs with: classes, generators, comprehensions, f-strings, match."""


class Shape:
    def __init__(self, name, sides):
        self.name = name
        self.sides = sides

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, sides={self.sides})"


def shapes():
    yield Shape("triangle", 3)
    yield Shape("square", 4)
    yield Shape("hexagon", 6)


def describe(shape):
    match shape:
        case Shape(sides=3):
            return "three corners"
        case Shape(sides=n) if n % 2 == 0:
            return f"{n} corners, an even number"
        case _:
            return "something else"


table = {s.name: describe(s) for s in shapes()}
for name, text in sorted(table.items()):
    print(f"{name:>10}: {text}")
print(max(shapes(), key=lambda s: s.sides))
