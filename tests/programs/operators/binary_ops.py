# Every binary operator on ints, floats, strings, lists and sets.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> 2, a & b, a | b, a ^ b)
x, y = 7.5, 2.0
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
print("ab" + "cd", "ab" * 3, 3 * "ab", [1] + [2], [0] * 3, (1,) + (2,), "%s" % 5)
s, t = {1, 2, 3}, {2, 3, 4}
print(s & t, s | t, s - t, s ^ t)
print({1: 1} | {2: 2}, {1: 1, 2: 2} | {1: "one"})


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return M(self.v * other.v + 1)

    def __rmatmul__(self, other):
        return M(other * self.v)

    def __repr__(self):
        return f"M({self.v})"


print(M(2) @ M(3), 4 @ M(5))
m = M(1)
m @= M(7)
print(m)
print(True + True, 3 - True, 2.5 * False, 10 // 3.0, -10 // 3.0, 10 % -3.0, 2 ** 0.5)
print(1 + 2j - 3, (1 + 2j) * 1j, 4 / 2j)
