# Class definition, instances, attributes, methods and class attributes.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    __hash__ = None


p = Point(3, 4)
print(p, p.norm2(), p.dims, Point.dims, p == Point(3, 4), p != Point(0, 0))
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p)))
Point.dims = 5
print(Point(0, 0).dims, p.dims)
print(type(p).__name__, isinstance(p, Point), Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__hash__, type(Point).__name__, Point.__bases__)
print(hasattr(p, "x"), getattr(p, "z", "default"), p.__dict__)
setattr(p, "z", 9)
print(p.z)
delattr(p, "z")
print(hasattr(p, "z"))
