# dataclasses: creating, comparing, sorting, hashing, replacing and asdict on many instances
# of frozen and ordered data classes.
from dataclasses import dataclass, field, replace, asdict, astuple


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int
    label: str = field(default="", compare=False)


@dataclass(order=True)
class Item:
    priority: int
    name: str
    tags: list = field(default_factory=list, compare=False)
    weight: float = 1.0


@dataclass
class Box:
    corner: Point
    items: list


def main():
    n = 36000
    points = [Point((i * 7919) % 1000, (i * 104729) % 997, "p%d" % i) for i in range(n)]
    ordered = sorted(points)
    unique = len(set(points))
    moved = [replace(p, x=p.x + 1) for p in points[:5000]]
    same = sum(1 for a, b in zip(points, moved) if a == b)
    items = [Item(i % 50, "item%d" % (i % 313), ["t%d" % (i % 3)], i * 0.5) for i in range(n)]
    items.sort()
    boxes = [Box(points[i], items[i:i + 3]) for i in range(0, 3000)]
    dicts = [asdict(b) for b in boxes[:1000]]
    tuples = [astuple(p) for p in points[:5000]]
    total = sum(hash(p) & 0xFF for p in points[:1000]) * 0 + sum(p.x for p in moved)
    print(ordered[0], ordered[-1], unique, same)
    print(items[0], items[-1].priority, len(dicts), dicts[5]["corner"], tuples[9])
    print(total, repr(boxes[2])[:60])


main()
