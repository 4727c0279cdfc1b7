# Parameters captured by inner functions become cells.
def f(a, b, *args, kw=1, **rest):
    def inner():
        return a, b, args, kw, rest
    a = "rebound a"
    return inner


print(f(1, 2, 3, kw=4, x=5)())


def g(x):
    def get():
        return x

    def set_(v):
        nonlocal x
        x = v
    return get, set_


get, set_ = g("initial")
print(get())
set_("updated")
print(get())


def cell_and_del(x):
    def read():
        return x
    del x
    try:
        return read()
    except NameError as e:
        return str(e)


print(cell_and_del(5))


def param_shadowed_in_comprehension(x):
    return [x for x in range(3)], x, (lambda: x)()


print(param_shadowed_in_comprehension("param"))
print(f.__code__.co_cellvars, g.__code__.co_cellvars)
