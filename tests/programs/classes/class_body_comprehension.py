# Comprehensions in class bodies cannot see class variables (except the first iterable).
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    factor = 10
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = f"NameError: {e}"
    pairs = {v: v for v in values}
    gen_sum = sum(v for v in values)
    nested = [[w for w in range(v)] for v in values]


print(C.doubled, C.scaled, C.pairs, C.gen_sum, C.nested)


def outer():
    factor = 100

    class D:
        factor = 1
        items = [factor * i for i in range(3)]
    return D.items


print(outer())


class E:
    x = 5
    y = [x for _ in range(2)] if False else None
    z = (lambda: x) if False else None
    names = [n for n in dir() if not n.startswith("__")]


print(sorted(E.names))
