# Functions defined inside functions, returned and called later.
def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double.__qualname__)


def outer():
    x = "outer x"

    def middle():
        def inner():
            return x
        return inner
    return middle()()


print(outer())


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count
    return inc, get


inc, get = counter()
inc()
inc()
print(get(), inc(), get())


def conditional_def(flag):
    if flag:
        def f():
            return "flag true"
    else:
        def f():
            return "flag false"
    return f()


print(conditional_def(True), conditional_def(False))


def redefine():
    def f():
        return 1
    first = f

    def f():
        return 2
    return first(), f()


print(redefine())
