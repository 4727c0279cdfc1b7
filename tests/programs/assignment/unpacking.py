# Tuple/list unpacking of every iterable kind.
a, b = 1, 2
(c, d) = [3, 4]
[e, f] = "ef"
g, = [5]
(h,) = (6,)
[i] = {7: "x"}
print(a, b, c, d, e, f, g, h, i)
j, k = range(2)
l, m = {"l": 1, "m": 2}.items()
n, o = (x * 2 for x in (4, 5))
print(j, k, l, m, n, o)
(p, q), r = (1, 2), 3
s, (t, (u, v)) = 1, (2, (3, 4))
[w, [x, y]] = ["w", "xy"]
print(p, q, r, s, t, u, v, w, x, y)
for idx, (key, val) in enumerate([("a", 1), ("b", 2)]):
    print(idx, key, val)
try:
    a, b = [1, 2, 3]
except ValueError as err:
    print(err)
try:
    a, b, c = [1, 2]
except ValueError as err:
    print(err)
try:
    a, b = 5
except TypeError as err:
    print(err)
try:
    a, = []
except ValueError as err:
    print(err)
