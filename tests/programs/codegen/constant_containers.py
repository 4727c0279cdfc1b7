# Constant containers the compiler builds once: tuples, frozensets for `in`, lists in for loops.
def membership(x):
    return x in (1, 2, 3), x in [4, 5, 6], x in {7, 8, 9}, x not in {"a", "b"}


print([membership(v) for v in (1, 5, 8, "a", 0)])


def loop_over_literal():
    out = []
    for v in [1, 2, 3]:
        out.append(v)
    for v in {3, 2, 1}:
        out.append(v)
    return out


print(loop_over_literal())


def same_constant_objects():
    a = (1, 2, (3, 4))
    b = (1, 2, (3, 4))
    return a == b, type(a[2]).__name__


print(same_constant_objects())


def nested_constants():
    return ((1, (2, (3, (4, (5,))))), frozenset({1, 2}) if False else {1, 2}, [[1], [2]])


r = nested_constants()
r[2][0].append(99)
print(r, nested_constants())


def star_constants():
    return [*(1, 2), *[3]], (*"ab",), {*(1, 1, 2)}


print(star_constants())
print(-5, -(5), - 5.5, -0, +-+1, not True, ~0 * 2, 2 ** 3 ** 2, "a" * 3 + "b", (1,) * 2 + (2,))
