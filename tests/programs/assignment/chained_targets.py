# Chained assignment: evaluation order and shared objects.
log = []


class Store:
    def __setitem__(self, k, v):
        log.append(f"set {k}")

    def __setattr__(self, name, v):
        log.append(f"attr {name}")


def value():
    log.append("value")
    return [1, 2]


s = Store()
s["a"] = s.b = s["c"] = value()
print(log)
x = y = z = []
x.append(1)
print(x, y, z, x is y is z)
a, b = c = d = 1, 2
print(a, b, c, d)
p = [0, 0]
i = 0
i, p[i] = 1, 5
print(i, p)
q = [0, 0, 0]
j = 0
q[j], j = 7, 2
print(j, q)
m = {}
m["k"] = m = {"fresh": True}
print(m)
