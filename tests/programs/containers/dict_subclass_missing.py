# dict subclasses: __missing__, overridden methods, and dicts changing during iteration.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] = c[ch] + 1
print(c, c["zz"], "zz" in c, c.get("zz"))

class Default(dict):
    def __missing__(self, key):
        self[key] = v = [key]
        return v
d = Default()
d["x"].append(1)
print(d, type(d).__name__, isinstance(d, dict))

class Noisy(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 2)
n = Noisy(a=1)
n["b"] = 2
n.update(c=3)
print(n, dict(n), n | {"z": 0}, type(n | {}).__name__)

class KeyErr(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key}")
try:
    KeyErr()["q"]
except KeyError as e:
    print("KeyError", e.args)

d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
try:
    for k in d.values():
        del d[1]
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 5
print(d)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
d = {1: 1}
it = iter(d)
d[2] = 2
del d[2]
try:
    next(it)
except RuntimeError as e:
    print(e)
