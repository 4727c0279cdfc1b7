# A numeric class implementing the full set of binary, reflected and in-place operators.
class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"N({self.v})"


def make_ops():
    names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
             "and", "or", "xor", "matmul"]
    import sys
    ops = {
        "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
        "truediv": lambda a, b: a / b, "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b,
        "pow": lambda a, b: a ** b, "lshift": lambda a, b: a << b, "rshift": lambda a, b: a >> b,
        "and": lambda a, b: a & b, "or": lambda a, b: a | b, "xor": lambda a, b: a ^ b,
        "matmul": lambda a, b: a * 10 + b,
    }
    for name in names:
        op = ops[name]
        setattr(N, f"__{name}__", lambda self, o, op=op: N(op(self.v, o.v if isinstance(o, N) else o)))
        setattr(N, f"__r{name}__", lambda self, o, op=op, name=name: N(op(o, self.v)))
        setattr(N, f"__i{name}__", lambda self, o, op=op, name=name: N(("i", op(self.v, o))))
    return names


make_ops()
a = N(12)
print(a + 5, a - 5, a * 5, a / 5, a // 5, a % 5, a ** 2, a << 1, a >> 1, a & 5, a | 5, a ^ 5, a @ 3)
print(5 + a, 5 - a, 5 * a, 60 / a, 50 // a, 50 % a, 2 ** N(3), 1 << N(3), 64 >> N(2), 5 & a, 5 | a, 5 ^ a, 1 @ N(2))
b = N(3)
b += 1; print(b)
b = N(3); b -= 1; print(b)
b = N(3); b *= 2; print(b)
b = N(3); b /= 2; print(b)
b = N(3); b //= 2; print(b)
b = N(3); b %= 2; print(b)
b = N(3); b **= 2; print(b)
b = N(3); b <<= 2; print(b)
b = N(3); b >>= 1; print(b)
b = N(3); b &= 1; print(b)
b = N(3); b |= 4; print(b)
b = N(3); b ^= 1; print(b)
b = N(3); b @= 4; print(b)
