# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (1, 2, 3)
print(everything)
[x, *y] = iter([9])
print(x, y)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for head, *tail in ["abc", (1, 2), [0]]:
    print(head, tail)
a, *b, (c, *d) = 1, 2, 3, [4, 5, 6]
print(a, b, c, d)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
s = [1, 2, 3]
print(*s, sep="-")
print([*s, *s], (*s,), {*s}, {**{"k": 1}, "j": 2})
def f(*args):
    return args
print(f(*s, *"ab", 0), f(*[]), f(*range(3), *(4,)))
