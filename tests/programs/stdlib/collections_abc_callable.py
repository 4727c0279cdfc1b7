import collections.abc as c
from collections.abc import Callable
for make in [lambda: Callable[int], lambda: Callable[int, str], lambda: Callable[[int, str], None], lambda: Callable[[], int],
             lambda: Callable[..., bool], lambda: c.Callable[[list[int]], dict[str, int]], lambda: c.Iterable[int], lambda: c.Mapping[str, c.Sequence[int]]]:
    try:
        x = make(); print(x, x.__args__, type(x).__name__, x.__origin__ is Callable)
    except Exception as e: print(type(e).__name__, e)
class Point: pass
print(Callable[[Point], Point])
print(isinstance(print, Callable), isinstance(Callable[[int], int], type(list[int])), callable(Callable))
