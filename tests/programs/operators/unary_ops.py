# Unary operators and their dunder methods.
print(-5, +5, ~5, not 5, -(-5), --5, ~~5, not not 5, -0.0, +(-0.0), -True, ~False, +True)
print(-(2 ** 100), ~(2 ** 100), -1.5e300, -(1 + 2j), +(1 - 1j))


class U:
    def __neg__(self):
        return "neg"

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return "invert"

    def __bool__(self):
        return False


u = U()
print(-u, +u, ~u, not u)
try:
    -"string"
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
try:
    +[]
except TypeError as e:
    print(e)
x = 3
print(-x ** 2, (-x) ** 2, -x * -x, not x == 3, not (x == 3), -x if x else +x)
