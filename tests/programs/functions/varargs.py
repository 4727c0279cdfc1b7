# *args and **kwargs: packing, unpacking, forwarding, and ordering.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(show())
print(show(1, 2, x=3))
print(show(*[1, 2], *(3,), **{"a": 1}, b=2, **{"c": 3}))
print(show(*"ab", sep="x"))


def forward(*args, **kwargs):
    return show(*args, **kwargs)


print(forward(0, k="v"))


def mixed(a, b=2, *rest, c, d=4, **opts):
    return a, b, rest, c, d, opts


print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6), mixed(*range(5), c=0, **{"z": 1}))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError:", e)


class Mapping:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, k):
        return k.upper()


print(show(**Mapping()))
print(mixed.__code__.co_flags & 0x0C, mixed.__code__.co_varnames)
