# Operators on containers: concatenation, repetition, comparison, in-place variants.
a = [1, 2]
b = a * 2
a *= 2
print(a, b, a == b, a is b)
nested = [[]] * 3
nested[0].append(1)
print(nested)
t = (1, 2) * 0
print(t, [] * 5, "x" * -1, [1] * -3)
ba = bytearray(b"ab")
ba += b"cd"
ba *= 2
print(ba)
s = {1, 2}
s |= {3}
s &= {1, 3, 4}
s -= {1}
s ^= {5}
print(sorted(s))
d = {"a": 1}
d |= {"b": 2}
d |= [("c", 3)]
print(d)
print([1, 2, 3] > [1, 2], [1, [2]] == [1, [2]], (1, "a") < (1, "b"), [3] + list((4,)))
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    [1] * 1.5
except TypeError as e:
    print(e)
try:
    {1} + {2}
except TypeError as e:
    print(e)
