# A hand-written dataclass-like decorator driven by __annotations__.
def record(cls):
    fields = list(cls.__annotations__)

    def __init__(self, *args, **kwargs):
        values = dict(zip(fields, args))
        values.update(kwargs)
        for f in fields:
            setattr(self, f, values.get(f, getattr(cls, f, None)))

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__match_args__ = tuple(fields)
    return cls


@record
class Point:
    x: int
    y: int = 0
    label: str = "pt"


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=1, label="named"), p == Point(1, 2), p == Point(2, 1))
match p:
    case Point(a, b):
        print("matched", a, b)
print(Point.__match_args__)
