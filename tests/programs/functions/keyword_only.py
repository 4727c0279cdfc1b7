# Keyword-only parameters and their errors.
def f(a, *, b, c=3):
    return a, b, c


print(f(1, b=2), f(1, c=4, b=2), f(a=0, b=1))


def g(*args, key, **kwargs):
    return args, key, kwargs


print(g(key=1), g(1, 2, key=3, extra=4))
for call in (lambda: f(1, 2), lambda: f(1), lambda: f(1, b=2, d=4), lambda: g(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def h(*, only):
    return only


print(h(only="kw"), h.__code__.co_kwonlyargcount, h.__code__.co_argcount)
try:
    h("positional")
except TypeError as e:
    print("TypeError:", e)
