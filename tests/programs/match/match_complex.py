# A small expression evaluator built on match: nested class and sequence patterns.
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


def evaluate(e):
    match e:
        case Num(v):
            return v
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(x):
            return -evaluate(x)
        case BinOp("+", Num(0), r) | BinOp("+", r, Num(0)):
            return evaluate(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("+" | "-" as op, l, r):
            a, b = evaluate(l), evaluate(r)
            return a + b if op == "+" else a - b
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")
        case [*items]:
            return [evaluate(i) for i in items]
        case {"num": v}:
            return v


expr = BinOp("+", Num(2), BinOp("*", Num(3), Neg(Neg(Num(4)))))
print(evaluate(expr))
print(evaluate(BinOp("*", Num(0), BinOp("/", Num(1), Num(0)))))
print(evaluate([Num(1), Neg(Num(2)), {"num": 7}, BinOp("-", Num(10), Num(4))]))
try:
    evaluate(BinOp("/", Num(1), Num(2)))
except ValueError as e:
    print("ValueError:", e)
