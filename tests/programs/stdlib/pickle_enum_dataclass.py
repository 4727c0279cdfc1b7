import pickle, enum, dataclasses, json
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.IntFlag):
    R = 4
    W = 2
for proto in range(6):
    print(pickle.loads(pickle.dumps(Color.RED, proto)) is Color.RED, pickle.loads(pickle.dumps(Perm.R | Perm.W, proto)))
print(pickle.dumps(Color.GREEN, 4))
@dataclasses.dataclass(frozen=True)
class D:
    x: int
    y: list = dataclasses.field(default_factory=list)
d = pickle.loads(pickle.dumps(D(1, [2])))
print(d, d == D(1, [2]))
print(json.dumps({"c": Perm.R, "n": Perm.R | Perm.W}), json.dumps([Color.RED.value]))
class S(enum.StrEnum):
    A = "a"
print(json.dumps({S.A: S.A}))
@dataclasses.dataclass(slots=True, weakref_slot=True)
class W:
    x: int
print(W.__slots__, W(1))
@enum.global_enum
class G(enum.Enum):
    ONE = 1
print(repr(ONE), str(ONE), G.ONE is ONE)
