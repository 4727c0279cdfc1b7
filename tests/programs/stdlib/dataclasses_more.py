import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, make_dataclass
from typing import NamedTuple
@dataclass
class P:
    x: int
    y: int = 0
try: hash(P(1))
except TypeError as e: print(e)
try: fields(3)
except TypeError as e: print(e)
try: asdict(P)
except TypeError as e: print(e)
try: replace(P, x=1)
except TypeError as e: print(e)
@dataclass
class Q(P):
    z: int = 5
    def __post_init__(self):
        self.w = self.x + self.z
q = Q(1, 2, 3)
print(q, q.w, Q.__match_args__, P(1) == Q(1), P(1) == P(1, 0))
try:
    @dataclass
    class R(P):
        z: int
except TypeError as e: print(e)
@dataclass
class KW:
    a: int
    b: int = field(kw_only=True, default=2)
    c: int = 3
print(KW(1), KW(1, 4, b=7), KW.__match_args__)
class NT(NamedTuple):
    a: int
    b: list
@dataclass
class Holder:
    nt: NT
    data: dict
    items: list = field(default_factory=list)
h = Holder(NT(1, [2]), {"k": [1, 2]}, [P(1), (P(2), 3)])
d = asdict(h)
d["data"]["k"].append(99)
print(d, h.data, type(d["nt"]).__name__, astuple(h))
@dataclass
class IV:
    a: int
    scale: InitVar[int]
    def __post_init__(self, scale):
        self.a *= scale
print(IV(2, 3), replace(IV(2, 3), scale=1))
try: replace(IV(2, 3))
except ValueError as e: print(e)
@dataclass(frozen=True)
class F:
    a: int
    b: tuple = ()
f = F(1)
print(f, hash(f) == hash((1, ())), f == F(1), {f: 1}[F(1)])
try: object.__setattr__(f, "a", 2); print(f)
except Exception as e: print(e)
C = make_dataclass("C", [("a", int, field(default=0)), ("b", str, field(default="x"))], bases=(P,), frozen=False, order=True)
print(C(1, 2, 3), C(1) < C(2), [f.name for f in fields(C)], C.__qualname__)
try: make_dataclass("Bad", ["x", "x"])
except TypeError as e: print(e)
try: make_dataclass("Bad", ["class"])
except TypeError as e: print(e)
@dataclass
class Def:
    a: list = field(default_factory=lambda: [1])
    b: int = field(default=4, repr=False, compare=False)
print(Def(), Def() == Def(b=9), repr(Def([2])))
@dataclass(order=True)
class O:
    a: int
    b: str
print(sorted([O(2, "a"), O(1, "z"), O(1, "b")]), O(1, "a") <= O(1, "a"))
try: O(1, "a") < P(1)
except TypeError as e: print(e)
print(dataclasses.is_dataclass(O(1, "x")), dataclasses.fields(O)[1].type)
@dataclass
class WithMethods:
    n: int
    @property
    def double(self): return self.n * 2
    def __repr__(self): return f"WM<{self.n}>"
print(WithMethods(3), WithMethods(3).double)
@dataclass(init=False)
class NoInit:
    a: int = 1
    def __init__(self, v): self.a = v * 2
print(NoInit(4))
