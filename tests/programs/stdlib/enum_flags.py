from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary, Enum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, global_enum, EnumCheck
import enum
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(Perm), len(Perm), Perm.__members__)
rw = Perm.R | Perm.W
print(rw, repr(rw), rw.name, rw.value, list(rw), len(rw), bool(rw))
print(Perm.R in rw, Perm.X in rw, repr(~Perm.R), repr(~Perm.RWX), repr(Perm(0)), str(Perm(0)), bool(Perm(0)))
print(repr(Perm.RWX), repr(Perm(7)), repr(rw & Perm.W), repr(rw ^ Perm.R), Perm(6) is rw)
try: Perm(8)
except ValueError as e: print(e)
try: Perm.R | 1
except TypeError as e: print(e)
try: 1 in rw
except TypeError as e: print(e)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), repr(Color.WHITE), repr(Color.RED | Color.BLUE), [c.value for c in Color])
print(repr(~Color.RED), repr(Color(0)), list(Color.WHITE), repr(Color(3)))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), IP.R | IP.W, IP.R | 8, repr(IP.R | 8), repr(IP(8)), repr(~IP.R), IP.R + 1, IP(7) == 7)
print(repr(IP.R & 5), format(IP.R | IP.W), str(IP.R), repr(IP(0)), repr(~IP(0)))
print(isinstance(IP.R | IP.W, IP), isinstance(IP.R | IP.W, int))
class CF(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(CF(7)), repr(CF(4)))
class EF(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(EF(7)), repr(EF(3)))
class KF(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(KF(7)), repr(KF(12)), KF(7))
print(Perm._boundary_, IP._boundary_, FlagBoundary.STRICT, list(FlagBoundary))
print(repr(Perm), repr(IP), repr(Perm.R), Perm.R.__class__ is Perm)
class Big(Flag):
    A = 1
    B = 8
try: Big(2)
except ValueError as e: print(e)
try: Big(-1)
except ValueError as e: print(e)
try:
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class V2(Enum):
        A = 1
        B = 3
except ValueError as e: print(e)
class M(Enum):
    A = 1
    f = member(lambda: 3)
    N = nonmember(5)
print([m.name for m in M], M.N, M.f.value())
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    @enum.property
    def double(self):
        return self.value * 2
print(Shape.SQUARE.double)
class Name(Enum):
    name = 1
    value = 2
print(Name.name, Name.value, Name.name.name, Name.value.value, Name.name.value)
print(enum.show_flag_values(13), enum.bin(5), enum.bin(-3), enum.bin(5, 8))
class Ord(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
try:
    class Ord2(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e: print(e)
class WI(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(list(WI), WI.A | WI.C, [m for m in (WI.A | WI.C)], WI(5).name)
class Sub(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print("init_subclass", cls.__name__, list(cls))
class Sub2(Sub):
    P = 1
print(list(Sub2))
class Cnt(Enum):
    A = 'a'
    B = 'b'
    def __new__(cls, v):
        obj = object.__new__(cls)
        obj._value_ = v.upper()
        return obj
print(list(Cnt), Cnt('A'))
try: Cnt('a')
except ValueError as e: print(e)
print(Perm.R.__class__.__mro__)
