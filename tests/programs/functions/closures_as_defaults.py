# Default values referencing enclosing variables and other defaults.
def make():
    base = 100

    def f(x=base, y=None):
        return x + (y or 0)
    return f


fn = make()
print(fn(), fn(1), fn(1, 2))


def outer(v):
    def inner(a=v * 2, b=lambda: v):
        return a, b()
    v = "changed"
    return inner


print(outer(3)())
