# TypeErrors from calling functions with the wrong arguments.
def two(a, b):
    return a + b


def defaults(a, b=1, *, c, d=2):
    pass


class K:
    def method(self, x):
        return x


calls = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, a=2),
    lambda: two(1, 2, c=3),
    lambda: two(),
    lambda: defaults(),
    lambda: defaults(1),
    lambda: defaults(1, 2, 3, c=0),
    lambda: defaults(1, c=1, e=2, f=3),
    lambda: K().method(),
    lambda: K().method(1, 2),
    lambda: K.method(1),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: int(x=1),
    lambda: two(*[1, 2, 3]),
    lambda: two(**{"a": 1, "b": 2, "c": 3}),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(e)
