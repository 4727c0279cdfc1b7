# Every comparison operator, identity, membership, and chains.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5.0, 5 != 5, 1 < 2.5, "a" < "b", "B" < "a")
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), [] < [0], "abc" < "abd", "ab" < "abc", (2,) > (1, 9))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, None is None, 3 in a, 3 not in a)
print("b" in "abc", "" in "abc", "ac" in "abc", 2 in {2: "x"}, "x" in {2: "x"}, 1 in range(3))
print(1 < 2 < 3, 1 < 3 < 2, 1 < 2 > 0, 1 == 1 == 1.0, 1 == 1 != 1, 3 > 2 > 1 > 0)
x = 5
print(0 < x <= 10, 0 < x < 5, x in a in [a], x not in a not in [[]], a is b is not c)
print(float("nan") < 1, float("nan") == float("nan"), float("inf") > 10**400)
print(10**400 > 1e308, 2**53 + 1 == float(2**53 + 1), -0.0 == 0.0, 1j == 1j)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    {1} < 2
except TypeError as e:
    print(e)
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} == frozenset({1}), {1: 2} == {1: 2.0})
