# from __future__ imports: annotations makes annotations strings.
from __future__ import annotations
import sys


def f(x: int, y: list[str] = None) -> dict[str, int]:
    return {}


print(f.__annotations__)


class C:
    attr: Undefined.Name
    other: "quoted"


print(C.__annotations__)
x: 1 + 2 = 5
print(__annotations__)
print(f.__code__.co_flags & 0x1000000 != 0)
