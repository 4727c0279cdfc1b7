# A walrus inside a comprehension binds in the enclosing function or module scope.
def outer():
    [hit := x for x in range(5) if x > 2]
    return hit


print(outer())


def nested_comp():
    res = [[(inner := i * j) for j in range(2)] for i in range(3)]
    return res, inner


print(nested_comp())


def with_nonlocal():
    found = None

    def search(items):
        nonlocal found
        return any((found := v) > 10 for v in items)
    return search([5, 11, 20]), found


print(with_nonlocal())


class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals] if False else None
    z = (w := 5) + 1


print(C.z, C.w if hasattr(C, "w") else "w not in class", "w" in globals())


def gen():
    yield [(g := i) for i in range(3)]
    yield g


print(list(gen()))
