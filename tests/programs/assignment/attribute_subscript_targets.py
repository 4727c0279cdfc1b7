# Assignment to attributes, subscripts and slices, including nested and starred forms.
class NS:
    pass


o = NS()
o.a = 1
o.b = NS()
o.b.c = [0, 1, 2]
o.b.c[1] = "one"
o.b.c[1:] = ["x", "y", "z"]
print(o.a, o.b.c)
d = {}
d["x"], d["y"] = 1, 2
d[1, 2] = "tuple key"
d[()] = "empty"
print(d)
m = [[0] * 3 for _ in range(2)]
m[0][0], m[1][2] = "a", "b"
print(m)
o.first, *o.rest = range(4)
print(o.first, o.rest)
arr = [0] * 5
arr[1:3], arr[4] = ["p", "q"], "r"
print(arr)
s = slice(0, 2)
arr[s] = [9]
print(arr)
del arr[s]
print(arr)
x = [1, 2, 3]
x[-1] = x
print(x)
print(x[-1][-1][0])
