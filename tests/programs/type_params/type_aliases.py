# The `type` statement: lazily evaluated aliases, __value__, __type_params__, recursion.
type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
type Recursive = list[Recursive] | int
print(Point, type(Point).__name__, Point.__name__, Point.__value__)
print(ListOrSet.__type_params__, ListOrSet.__value__, ListOrSet[int])
print(Recursive.__value__)
type Lazy = Undefined
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
Undefined = "now defined"
print(Lazy.__value__)


def in_function():
    type Local[K] = dict[K, int]
    return Local, Local.__value__, Local.__type_params__


print(in_function())


class C:
    type Attr = int
    x = 1
    type UsesX = list[x] if False else "uses class scope"


print(C.Attr.__value__, C.UsesX.__value__)
print(Point.__module__, isinstance(Point, type), ListOrSet.__parameters__)
type = "type is a soft keyword"
print(type)
