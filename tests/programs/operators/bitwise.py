# Bitwise operators on ints of every size and on bools.
vals = [0, 1, -1, 5, -6, 255, 2 ** 64 - 1, -(2 ** 64), 2 ** 100 + 3]
for a in vals[:5]:
    print(a, [a & b for b in vals], [a | b for b in vals[:4]], [a ^ b for b in vals[:4]])
print([v >> 3 for v in vals], [v << 3 for v in vals])
print([~v for v in vals])
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 2).__name__)
print({1, 2} & {2}, frozenset([1]) | {2}, {1} ^ frozenset([1, 3]))
try:
    1.0 & 1
except TypeError as e:
    print(e)
try:
    1 >> -2
except ValueError as e:
    print(e)
print(1 << 0, 1 >> 100, -1 >> 100, (2 ** 1000) >> 999, 1 << 200 >> 199)
