# Passing arguments by keyword in every combination.
def f(a, b, c=3, d=4):
    return (a, b, c, d)


print(f(1, 2), f(1, b=2), f(b=2, a=1), f(1, 2, d=5), f(d=0, c=0, b=0, a=0), f(1, 2, 3, d=7))
print(f(*[1], b=2), f(**{"a": 1, "b": 2}), f(1, **{"b": 2, "d": 9}))


def kw(**kwargs):
    return sorted(kwargs.items())


print(kw(z=1, a=2, m=3), kw(**{"if": 1, "class": 2}), kw(**{"a": 1}, **{"b": 2}))


class A:
    def __init__(self, x, y=0):
        self.x, self.y = x, y


a = A(y=5, x=1)
print(a.x, a.y)
print(dict(a=1, b=2), sorted(["b", "A", "c"], key=str.lower, reverse=True))
print(int("ff", base=16), "x".center(5, "*"), round(number=2.567, ndigits=2))
