import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto
Shape = Enum('Shape', [('SQUARE', 2), ('CIRCLE', 3)], type=int)
print(Shape.SQUARE, repr(Shape.SQUARE), Shape.SQUARE + 1, Shape.__mro__)
Col = IntEnum('Col', 'R G B', start=0)
print(list(Col), Col.G == 1, f"{Col.B:>4}|", f"{Col.B!r}", format(Col.R, "x"))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R in Perm, 4 in Perm, 8 in Perm, Perm(7) in Perm, list(Perm.R | Perm.X), (Perm.R | Perm.X).name)
class Color(Enum):
    RED = 1
    GREEN = 2
try: Color.RED.value = 5
except AttributeError as e: print(e)
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
print(Color.RED.__class__, Color['RED'] is Color(1), {Color.RED: 'r'}[Color.RED])
print(Color.__members__.items() if False else list(Color.__members__.items()))
class Sz(StrEnum):
    SMALL = auto()
    LARGE = auto()
print(f"{Sz.SMALL:>8}|", Sz.SMALL + "!", Sz("large"), Sz.LARGE.value, str(Sz.LARGE))
class Weekday(IntFlag):
    MON = auto()
    TUE = auto()
    WED = auto()
    WEEKDAYS = MON | TUE | WED
print(repr(Weekday.WEEKDAYS), list(Weekday.WEEKDAYS), Weekday.MON | 16, repr(Weekday(0)), repr(~Weekday.MON))
print(Weekday.__members__.keys() if False else list(Weekday.__members__))
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def parse(cls, s):
        return cls(s.lower())
    def __str__(self):
        return self.value
print(Status.parse("ACTIVE"), [str(s) for s in Status], f"{Status.ACTIVE}")
class E2(Enum):
    A = 1
    B = 2
    C = 1
print(E2.C, E2.C is E2.A, E2(1).name, list(E2), E2._member_map_ if False else len(E2.__members__))
class Order(IntEnum):
    LOW = 1
    HIGH = 3
print(max(Order), min(Order), sorted([Order.HIGH, Order.LOW, 2]), Order.HIGH > 2, hash(Order.LOW) == hash(1))
print(isinstance(Order.LOW, int), Order.LOW.real, Order(3).bit_length())
try: Order(2)
except ValueError as e: print(e)
try:
    class Bad(Enum):
        mro = 1
except ValueError as e: print(e)
print(enum.EnumType.__name__, enum.EnumMeta is enum.EnumType, type(Perm))
