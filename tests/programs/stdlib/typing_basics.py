import typing
from typing import (Any, Optional, Union, List, Dict, Set, Tuple, FrozenSet, Type, Callable, Iterable,
    Iterator, Sequence, Mapping, Generator, TypeVar, Generic, Protocol, runtime_checkable, NamedTuple,
    TypedDict, Literal, Final, ClassVar, Annotated, cast, overload, no_type_check, TYPE_CHECKING,
    get_type_hints, get_origin, get_args, NewType, NoReturn, Never, LiteralString, ParamSpec,
    Concatenate, TypeAlias, TypeGuard, assert_never, assert_type, reveal_type, dataclass_transform,
    Text, AnyStr, Required, NotRequired, Self, final, override, get_overloads, is_typeddict)
print(List[int], Dict[str, List[int]], Set[int], Tuple[int, str], Tuple[int, ...], Tuple[()], FrozenSet[str], Type[int])
print(Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int, str]], Union[int])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Iterable[int], Iterator[str], Sequence[int], Mapping[str, int], Generator[int, None, None])
print(List, Dict, Any, Optional, Union, Literal, Final, ClassVar, Callable, Tuple)
print(Literal[1, 'a', True], Final[int], ClassVar[List[int]], Annotated[int, "meta", 3], Literal[1, 1, 2])
print(List[int] == List[int], List[int] == list[int], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]), get_origin(Annotated[int, 1]), get_origin(int), get_origin(list[int]), get_origin(int | str))
print(get_args(Dict[str, int]), get_args(Union[int, str]), get_args(Callable[[int], str]), get_args(Annotated[int, 1, 2]), get_args(int), get_args(Callable[..., int]), get_args(Tuple[int, ...]))
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
print(T, List[T], Dict[K, V][str, int], List[T][int], Dict[str, T].__parameters__)
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(3)
print(s.pop(), Stack[int], Stack.__parameters__, Stack[str].__origin__ is Stack, Stack.__orig_bases__)
class Pair(Generic[K, V]): pass
print(Pair[int, str], Pair[int, List[V]].__parameters__)
try: Pair[int]
except TypeError as e: print(e)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer), issubclass(F, Closer))
class NotRC(Protocol):
    def meth(self): ...
try: isinstance(F(), NotRC)
except TypeError as e: print(e)
try: NotRC()
except TypeError as e: print(e)
class GP(Protocol[T]):
    def get(self) -> T: ...
print(GP[int], GP.__parameters__)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return "hi " + self.name
e = Emp("bob")
print(e, e.name, e.id, e[0], e._fields, e._field_defaults, e._asdict(), e._replace(id=9), Emp._make(["x", 1]), e.greet(), Emp.__annotations__)
print(isinstance(e, tuple), Emp.__mro__, len(e), Emp.__doc__)
P2 = NamedTuple('P2', [('x', int), ('y', float)])
print(P2(1, 2.0), P2.__annotations__)
try:
    class BadNT(NamedTuple):
        x: int = 1
        y: int
except TypeError as e: print(e)
class Movie(TypedDict):
    title: str
    year: int
class Movie2(Movie, total=False):
    extra: str
m = Movie(title="x", year=1)
print(m, type(m), Movie.__required_keys__ == {'title', 'year'}, sorted(Movie2.__optional_keys__), Movie2.__total__, is_typeddict(Movie), is_typeddict(dict))
class M3(TypedDict):
    a: Required[int]
    b: NotRequired[str]
print(sorted(M3.__required_keys__), sorted(M3.__optional_keys__))
Point = TypedDict('Point', {'x': int, 'y': int})
print(Point(x=1, y=2), Point.__annotations__)
try: isinstance({}, Movie)
except TypeError as e: print(e)
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId): pass
except TypeError as e: print(e)
def f(a: int, b: "str" = "x", c: Optional[List["int"]] = None) -> "Dict[str, int]":
    return {}
print(get_type_hints(f))
class A:
    x: int
    y: "List[str]"
    z: ClassVar[int] = 3
class B(A):
    w: Annotated[float, "unit"]
print(get_type_hints(B), get_type_hints(B, include_extras=True)["w"])
print(cast(int, "3"), cast("List[int]", [1]), assert_type(5, int), TYPE_CHECKING, Text, AnyStr, AnyStr.__constraints__)
try: assert_never(3)
except AssertionError as e: print(e)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), len(get_overloads(g)))
@final
class Fin: pass
print(Fin.__final__)
@no_type_check
def h(x: "garbage!!"): pass
print(h.__no_type_check__, get_type_hints(h))
print(Optional[int] | str, List[int] | None, int | List[str])
print(Concatenate[int, ParamSpec('P')], TypeGuard[int], Literal["a"] == Literal["a"], Self, Never, NoReturn, LiteralString, TypeAlias)
try: Union[()]
except TypeError as e: print(e)
try: Optional[int, str]
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
try: isinstance([], List[int])
except TypeError as e: print(e)
print(isinstance([], List), issubclass(list, List), isinstance({}, Dict))
try: Any()
except TypeError as e: print(e)
print(repr(Any), isinstance(Any, type))
class MyAny(Any): pass
print(MyAny.__mro__[1] is Any)
@dataclass_transform()
def mk(cls): return cls
print(mk.__dataclass_transform__["eq_default"])
print(typing.SupportsInt, isinstance(3, typing.SupportsInt), isinstance("x", typing.SupportsInt), isinstance(2.5, typing.SupportsIndex))
import dataclasses
@dataclasses.dataclass
class CV:
    x: int
    count: ClassVar[int] = 0
    other: "ClassVar[str]" = "s"
    third: "typing.ClassVar[int]" = 1
print([f.name for f in dataclasses.fields(CV)], CV(1))
