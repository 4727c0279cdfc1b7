# Class and instance attribute access: reads, writes, class attributes, properties, slots.
class Point:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Temp:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = value


def run(n):
    p = Point(1, 2)
    s = Slotted(3, 4)
    t = Temp()
    total = 0
    for i in range(n):
        p.x = p.x + 1
        p.y += p.scale
        s.a = s.b + i
        t.celsius = i
        total += p.x + s.a + int(t.celsius) + Point.scale
    return total


print(run(1_000_000))
