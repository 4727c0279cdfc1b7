from __future__ import annotations
import typing
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar, Optional, Callable, Iterator, Self, overload, Protocol, Any
from dataclasses import dataclass, field, fields, InitVar
import dataclasses
if TYPE_CHECKING:
    from collections.abc import Sequence

T = TypeVar("T", bound="Comparable")

class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...

@dataclass(order=True)
class Node(Generic[T]):
    value: T
    children: list[Node[T]] = field(default_factory=list)
    registry: ClassVar[dict[str, int]] = {}
    scale: InitVar[int] = 1
    def __post_init__(self, scale: int) -> None:
        self.value = self.value * scale
    def add(self, child: Node[T]) -> Self:
        self.children.append(child)
        return self
    def walk(self) -> Iterator[T]:
        yield self.value
        for c in self.children:
            yield from c.walk()

root = Node(1).add(Node(2, scale=10)).add(Node(3))
print(root, list(root.walk()), [f.name for f in fields(Node)], Node.__annotations__)
print(typing.get_type_hints(Node.add, globalns=globals()) if False else "")
print(Node.__init__.__annotations__ if False else "")
class Shape:
    @overload
    def area(self, x: int) -> int: ...
    @overload
    def area(self, x: str) -> str: ...
    def area(self, x):
        return x
print(Shape().area(3), len(typing.get_overloads(Shape.area)))
def apply(f: Callable[[int], int], x: int | None = None) -> Optional[int]:
    return f(x or 0)
print(apply(lambda v: v + 1), apply.__annotations__)
print(typing.get_type_hints(apply))
@dataclass
class Conf:
    name: str
    debug: bool = False
    tags: list[str] = field(default_factory=lambda: ["x"])
print(Conf("a"), dataclasses.asdict(Conf("b", True)), Conf.__doc__ if False else "")
print(typing.get_type_hints(Conf))
