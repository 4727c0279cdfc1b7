from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, Field
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), p.__match_args__, Point.__doc__)
print(Point(5), Point(y=3, x=4), hash(Point) is not None, Point.__hash__)
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False)
vs = [Version(1, 2), Version(1, 0, "b"), Version(0, 9)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 5), hash(Version(1, 2)) == hash((1, 2)))
try: vs[0].major = 5
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del vs[0].minor
except FrozenInstanceError as e: print(e)
print(Version(1) < (1, 2) if False else "skip")
try: Version(1) < (1, 2)
except TypeError as e: print(e)
@dataclass
class Inv:
    name: str
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, init=False)
a = Inv("a"); b = Inv("b")
a.tags.append(1)
print(a, b, a.tags is not b.tags, fields(a)[1].name, [f.name for f in fields(Inv)])
print(fields(Inv)[0].name, fields(Inv)[0].default is MISSING)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e: print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e: print(e)
@dataclass
class Outer:
    p: Point
    items: list
    d: dict
o = Outer(Point(1, 2), [Point(3, 4), (5, 6)], {"k": Point(7, 8)})
print(asdict(o), astuple(o))
print(asdict(o, dict_factory=lambda pairs: sorted(pairs)))
print(replace(p, y=10), replace(vs[0], minor=7))
try: replace(a, count=5)
except ValueError as e: print(e)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), dataclasses.is_dataclass(int))
@dataclass
class C:
    x: int
    y: InitVar[int] = 5
    z: int = field(init=False)
    def __post_init__(self, y):
        self.z = self.x * y
print(C(2), C(2, 3), [f.name for f in fields(C)], C.__dataclass_fields__['y']._field_type)
print(InitVar[int], InitVar[list])
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(K(1, c=3), K.__match_args__)
try: K(1, 2, 3)
except TypeError as e: print(e)
@dataclass(kw_only=True)
class K2:
    a: int = 0
    b: int
print(K2(b=1))
@dataclass
class Base:
    x: int = 1
    y: int = 2
@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10
print(Derived(), Derived(5, 6, 7), [(f.name, f.default) for f in fields(Derived)])
Pt3 = make_dataclass('Pt3', ['x', ('y', int), ('z', int, field(default=5))], namespace={'norm': lambda self: self.x + self.y + self.z})
print(Pt3(1, 2), Pt3(1, 2).norm(), Pt3.__module__)
@dataclass
class CV:
    x: int
print([f.name for f in fields(CV)], CV(1))
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class UH:
    x: int
    y: list = field(default_factory=list, hash=False)
print(hash(UH(3)) == hash((3,)))
@dataclass
class Rec:
    child: object = None
r = Rec(); r.child = r
print(r)
@dataclass(slots=True)
class Sl:
    x: int
    y: int = 2
s = Sl(1)
print(s, Sl.__slots__, hasattr(s, '__dict__'))
try: s.z = 3
except AttributeError as e: print("AttributeError")
@dataclass(frozen=True, slots=True)
class FS:
    x: int
print(FS(1), hash(FS(1)) == hash((1,)))
try:
    @dataclass
    class NoAnn:
        x = field(default=1)
except TypeError as e: print(e)
try:
    @dataclass(order=True, eq=False)
    class OE:
        x: int
except ValueError as e: print(e)
try:
    @dataclass(frozen=True)
    class FD(Base):
        q: int = 0
except TypeError as e: print(e)
@dataclass
class Self1:
    self: int
print(Self1(3))
match Point(1, 2):
    case Point(x, y):
        print("matched", x, y)
print(MISSING is dataclasses.MISSING, repr(dataclasses.KW_ONLY)[:30].startswith('<dataclasses._KW_ONLY_TYPE'))
print(Point.__dataclass_params__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
@dataclass(repr=False)
class NR:
    x: int
print(repr(NR(1)).startswith('<__main__.NR object'))
@dataclass
class Desc:
    x: int = field(default=3, metadata={'unit': 'm'})
print(fields(Desc)[0].metadata, fields(Desc)[0].metadata['unit'], Desc.x)
