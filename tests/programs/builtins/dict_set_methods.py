# dict and set methods beyond the basics.
d = dict.fromkeys("abc", 0)
print(d, dict.fromkeys([1, 2]), d.copy() == d, d.copy() is d)
d.update({"a": 1}, d=4)
d.update([("e", 5)])
print(d, d.popitem(), d)
print(d.setdefault("z", []), d.get("a"), d.pop("missing", "dflt"), list(d.keys()), list(d.values()))
keys = d.keys()
d["new"] = 1
print(keys, "new" in keys, keys & {"a", "zz"}, len(keys))
print({1: 1} == {1: 1.0}, dict(zip("ab", range(2))), {**d}, list(reversed({1: 1, 2: 2})))
d.clear()
print(d, len(d))
s = {1, 2, 3}
print(s.union([4]), s.intersection({2, 3, 9}), s.difference([1]), s.symmetric_difference({3, 4}))
print(s.issubset(range(5)), s.issuperset([1]), s.isdisjoint([7]), frozenset(s) == s, s.copy() == s)
s.update([7], (8,))
s.intersection_update(range(8))
s.difference_update([1])
s.symmetric_difference_update({2, 10})
print(sorted(s))
s.remove(3)
s.discard(99)
print(sorted(s), s.pop() in {7, 10}, len(s))
try:
    s.remove(1234)
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
