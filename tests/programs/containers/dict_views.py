# dict views: set operations, membership, reversed, repr and mapping.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1)}), sorted(it - {("a", 1), ("b", 2)}))
print(k == {"a", "b", "c"}, k <= {"a", "b", "c", "d"}, k < {"a"}, k.isdisjoint({"x"}), k.isdisjoint(["a"]))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(type(k.mapping).__name__, type(k).__name__, type(v).__name__, type(it).__name__)
d["d"] = 4
print(list(k), list(v), list(it))
print(v == v, v == d.values(), {1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 2}.items())
print({}.keys(), {}.values(), {}.items(), set({}.keys()))
print(sorted({"x": 1}.keys() | ["y"]), {"x": 1}.keys() - ["x"], {1: 2}.items() & {(1, 2)})
try:
    {1: [1]}.items() | {(1, 2)}
except TypeError as e:
    print("TypeError", e)
try:
    hash_me = {k}
except TypeError as e:
    print("TypeError", e)
iv = iter(d.items())
print(next(iv), iv.__length_hint__(), type(iv).__name__, type(iter(k)).__name__, type(iter(v)).__name__)
ri = reversed(d)
print(type(ri).__name__, next(ri), ri.__length_hint__())
