# Display forms of list, tuple, dict and set, with unpacking.
print([], [1], [1, 2,], [[]], [*"ab", *[1, 2], 3])
print((), (1,), (1, 2), 1, (1), ((1,),), (*"ab", *(1,)))
t = 1, 2, 3
print(t, type(t).__name__)
print({}, {1: 2}, {1: 2, 1: 3}, {"a": 1, **{"b": 2}, "c": 3, **{"a": 9}})
print({1}, {1, 1, 2}, {*[1, 2], *(2, 3)}, {(1, 2), (1, 2)}, type({}).__name__)
print({True: "t", 1: "one", 1.0: "float"}, {0: "a", False: "b"})
nested = {"l": [1, {"s": {3}}], "t": (4, [5])}
print(nested)
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1: 2} == {1: 2}, {1, 2} == {2, 1})
big = [i for i in range(40)]
print(big)
print({**{}}, [*()], (*[],), {*()} if False else set())
print([0] * 3, [[0] * 2] * 2, (None,) * 2)
