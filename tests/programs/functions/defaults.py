# Default argument values: evaluation time, mutability, and None sentinels.
counter = 0


def next_default():
    global counter
    counter += 1
    return counter


def f(a, b=next_default(), c=next_default()):
    return a, b, c


print(f(0), f(0, 5), f(0, c=9), counter)


def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1), append_to(2), append_to(3, []), append_to(4))


def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


print(safe(1), safe(2))
print(f.__defaults__, append_to.__defaults__, safe.__kwdefaults__)
x = 10


def late(v=x):
    return v


x = 20
print(late())
late.__defaults__ = (99,)
print(late())


def kw_defaults(*, key="k", other=x):
    return key, other


print(kw_defaults(), kw_defaults.__kwdefaults__)
