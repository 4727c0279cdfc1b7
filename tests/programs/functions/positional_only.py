# Positional-only parameters (PEP 570).
def f(a, b, /, c, *, d):
    return a, b, c, d


print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)


def g(x, /, **kwargs):
    return x, kwargs


print(g(1, x=2))


def h(a, b=2, /, c=3):
    return a, b, c


print(h(1), h(1, 5), h(1, 5, 6), h(1, c=7))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
try:
    h()
except TypeError as e:
    print("TypeError:", e)
try:
    h(1, b=2)
except TypeError as e:
    print("TypeError:", e)


def only(a, /):
    return a


try:
    only(a=1)
except TypeError as e:
    print("TypeError:", e)
l = lambda a, /, b: (a, b)
print(l(1, b=2), l(1, 2))
