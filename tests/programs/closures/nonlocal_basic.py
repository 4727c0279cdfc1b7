# nonlocal: rebinding enclosing variables at several levels.
def outer():
    x = 0

    def inc():
        nonlocal x
        x += 1

    def reset():
        nonlocal x
        x = 0
    inc()
    inc()
    before = x
    reset()
    return before, x


print(outer())


def three_levels():
    a = "a0"

    def mid():
        b = "b0"

        def inner():
            nonlocal a, b
            a, b = "a1", "b1"
        inner()
        return b
    return mid(), a


print(three_levels())


def skip_level():
    v = 1

    def mid():
        def inner():
            nonlocal v
            v = 2
        inner()
    mid()
    return v


print(skip_level())


def shadowing():
    x = "outer"

    def mid():
        x = "mid"

        def inner():
            nonlocal x
            x = "inner set"
        inner()
        return x
    return mid(), x


print(shadowing())
