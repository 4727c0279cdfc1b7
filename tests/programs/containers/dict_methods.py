# dict methods, construction, ordering and errors.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(f"{type(e).__name__}:", e.args[0] if isinstance(e, KeyError) else e)

d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.setdefault("d", 4), d.setdefault("a", 100), d)
print(d.pop("d"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=10)
d.update([("p", 1)])
d.update(q=2)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(2), []))
print(dict(a=1), dict([(1, 2), (3, 4)]), dict({1: 2}, b=3), dict(zip("xy", (1, 2))))
e = d.copy()
e.clear()
print(e, d == d.copy(), {1: 2} == {1: 2.0}, {1: 2} != {1: 3})
d2 = {}
d2[1] = 'a'
d2[1.0] = 'b'
d2[True] = 'c'
print(d2)
del d["a"]
print(list(d), list(reversed(d)), list(d.keys()), list(d.values()), list(d.items()))
print({1: 2} | {3: 4}, {1: 2} | {1: 5})
f = {1: 1}
f |= {2: 2}
f |= [(3, 3)]
print(f)
r = {}
r["self"] = r
print(r, repr({}), {(1, 2): [3]})
err(lambda: d["nope"])
err(lambda: {}.popitem())
err(lambda: {}.pop(1))
err(lambda: {[]: 1})
err(lambda: dict(1))
err(lambda: dict([1]))
err(lambda: dict([(1, 2, 3)]))
err(lambda: {1: 2} | [(3, 4)])
err(lambda: {1: 2} < {1: 2})
err(lambda: d.get())
err(lambda: dict.fromkeys())
err(lambda: {}.update(1))
err(lambda: {}.update({}, {}))
k = (1, [2])
err(lambda: {k: 1})
