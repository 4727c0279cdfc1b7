# Augmented assignment on names, attributes, subscripts and slices.
x = 10
x += 5; x -= 3; x *= 2; x /= 4; print(x)
y = 17
y //= 3; y %= 4; y **= 3; y <<= 2; y >>= 1; y &= 0b110; y |= 1; y ^= 0b100
print(y)


class Obj:
    def __init__(self):
        self.a = 1
        self.items = [1, 2, 3]


o = Obj()
o.a += 10
o.a *= 2
o.items += [4]
o.items[0] += 100
print(o.a, o.items)
d = {"k": 1, "l": [1]}
d["k"] += 1
d["k"] **= 5
d["l"] += [2]
d.setdefault("new", 0)
d["new"] -= 1
print(d)
lst = [1, 2, 3, 4, 5]
lst[1:3] += ["x"]
print(lst)
lst[::2] *= 1
print(lst)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
nested = [[0, 0], [0, 0]]
nested[1][0] += 7
print(nested)
m = [[1, 2], [3, 4]]
m[0][1:] += [9]
print(m)
