# GenericAlias: list[int] and friends.
g = list[int]
print(g, g.__origin__, g.__args__, g.__parameters__, type(g).__name__)
print(dict[str, list[int]], tuple[int, ...], set[float], frozenset[str])
print(g([1, 2]), g == list[int], g != list[str], g == list, list[int] is list[int])
print(dict[str, int]({"a": 1}), tuple[int](range(2)))
print(list[int].__origin__ is list, isinstance([], list), g.__class__.__name__)
print(list[int, str], tuple[()], tuple[()].__args__)
print(repr(list[list[list[int]]]), dict[int, "x"])
print({list[int]: 1}[list[int]], {dict[int, str]: 2}.get(dict[int, str]))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
print(list.__class_getitem__(int), dict.__class_getitem__((int, str)))
print(g.__mro_entries__((object,)))
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList([3]))
