from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED))
print(list(Color), len(Color), Color.CRIMSON is Color.RED)
print(Color(1), Color['GREEN'], Color.__members__)
print(list(Color.__members__), repr(Color), type(Color) is EnumMeta, EnumMeta is EnumType)
for bad in [lambda: Color(7), lambda: Color['PINK'], lambda: Color('x')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(format(Color.RED), f"{Color.BLUE}", f"{Color.BLUE:>12}|", str(Color.GREEN))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED in Color, 1 in Color, 5 in Color)
print(hash(Color.RED) == hash('RED'), sorted(Color, key=lambda c: c.value, reverse=True))
print(list(reversed(Color)), isinstance(Color.RED, Color), bool(Color))
try:
    Color.RED = 5
except AttributeError as e: print(e)
try:
    class Bad(Color): X = 1
except TypeError as e: print(e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, f"{Num.ONE:03d}", str(Num.ONE), Num(2), Num.ONE < Num.TWO, Num.ONE == 1)
print(sorted([Num.TWO, Num.ONE]), int(Num.TWO), format(Num.TWO))
class S(StrEnum):
    A = auto()
    BEE = auto()
    C = "see"
print(S.A, repr(S.BEE), S.C, S.A == "a", S.A.upper(), f"{S.C}!", S("see"), list(S))
try:
    class S2(StrEnum):
        X = 1
except TypeError as e: print(e)
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), [m.value for m in A])
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), repr(Planet.MERCURY))
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    X = (0, 'P.X')
    Y = (1, 'P.Y')
print(Coord(1), Coord.X.label)
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))
class Missing(Enum):
    A = 1
    B = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Missing('a'), Missing('b'))
try: Missing(3)
except ValueError as e: print(e)
class Auto2(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    P = auto()
    Q = auto()
print(list(Auto2), Auto2.P.value)
Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal, list(Animal), Animal.ANT.value, Animal.__module__)
Animal2 = Enum('Animal2', [('X', 5), ('Y', 7)])
print(list(Animal2))
Animal3 = IntEnum('Animal3', {'A': 3, 'B': 4})
print(list(Animal3), Animal3.A + 1)
Animal4 = Enum('Animal4', 'a, b, c', start=10)
print(list(Animal4))
class WithIgnore(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = 1
print(list(WithIgnore), hasattr(WithIgnore, 'tmp'))
try:
    class Sunder(Enum):
        _foo_ = 1
except ValueError as e: print(e)
print(Color.RED.__class__.__name__, Color._member_names_, Color._value2member_map_)
print(dir(Color))
print(dir(Color.RED))
try: del Color.RED
except AttributeError as e: print(e)
print(Color.RED.__reduce_ex__(2))
