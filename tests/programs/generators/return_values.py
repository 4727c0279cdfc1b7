# Generator return values and StopIteration handling (PEP 479).
def gen_return():
    yield 1
    return "result"


g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)


def raises_stop():
    yield 1
    raise StopIteration("explicit")


try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def return_none():
    yield
    return


r = return_none()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value is None:", e.value is None)


def return_tuple():
    yield
    return 1, 2


t = return_tuple()
next(t)
try:
    next(t)
except StopIteration as e:
    print(e.value, e.args)
