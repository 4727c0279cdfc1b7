# Swaps and rotations through tuple assignment (the compiler may avoid building tuples).
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
a, b, c, d = "abcd"
d, c, b, a = a, b, c, d
print(a, b, c, d)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
x = [0, 1]
x[0], x[1] = x[1], x[0]
print(x)
i, j = 0, 1
i, j = j, i + j
i, j = j, i + j
i, j = j, i + j
print(i, j)
p = q = 0
p, q = q + 1, p + 2
print(p, q)
