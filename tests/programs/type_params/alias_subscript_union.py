# Generic type aliases subscripted, generic aliases joined into types.UnionType, TypeVar unions.
type Pair[K, V] = dict[K, V]
p = Pair[str, int]
print(p, type(p).__name__, p.__origin__ is Pair, p.__args__)

type Alias = list[int]
try:
    Alias[int]
except TypeError as e:
    print("TypeError:", e)

u = list[int] | None
print(u, type(u).__name__, u.__args__)
print(u == (list[int] | None), u == (None | list[int]))
print(list[int] | dict[str, int] | list[int])
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print("TypeError:", e)

class C[T]:
    pass

(T,) = C.__type_params__
print(T | None, None | T, type(T | None).__name__)
print(Pair | None, type(Pair | None).__name__)
print(list[T], list[T].__parameters__ == (T,), list[T][int])
print(dict[str, T][float])
