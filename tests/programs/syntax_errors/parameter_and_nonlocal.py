def outer():
    x = 1

    def f(x):
        nonlocal x
    return f
