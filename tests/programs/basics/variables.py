# Names: binding, rebinding, deleting, multiple targets.
a = 1
b = a
a = 2
print(a, b)
x = y = z = [1, 2]
x.append(3)
print(y, z, x is z)
first, second = "ab"
print(first, second)
a, b = b, a
print(a, b)
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
_ = 10
__ = 20
_private = 30
CamelCase = 40
ñame = "unicode name"
print(_, __, _private, CamelCase, ñame)
i = 0
i = i + 1
i = i + 1
print(i)
