# Calling or subscripting a literal that cannot support it warns at compile time.
def f():
    return (1)(2)


def g():
    return [1, 2](0)


def h():
    return "abc"[1.5]


for fn in (f, g, h):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
