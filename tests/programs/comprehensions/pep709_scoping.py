# PEP 709 inlined comprehensions: the iteration variable does not leak and shadows correctly.
x = "outer"
print([x for x in range(3)], x)


def f():
    y = "f local"
    r = [y for y in "ab"]
    return r, y


print(f())


def uses_outer():
    n = 10
    return [n + i for i in range(3)]


print(uses_outer())


def shadow_then_use():
    i = "before"
    data = [i for i in range(2)]
    return data, i


print(shadow_then_use())


def cell_in_comprehension():
    fs = [lambda: i for i in range(3)]
    return [fn() for fn in fs]


print(cell_in_comprehension())


def outer_var_captured_inside():
    v = 5
    return [(lambda: v * k)() for k in range(3)]


print(outer_var_captured_inside())


def loop_var_also_free():
    x = 1
    lst = [x for x in range(3)]

    def g():
        return x
    return lst, g()


print(loop_var_also_free())


def locals_inside():
    a = 1
    return [sorted(locals()) for b in range(1)]


print(locals_inside())


def nested_same_name():
    return [[i for i in range(i)] for i in range(4)]


print(nested_same_name())


def unbound_after():
    try:
        [z for z in range(2)]
        return z
    except NameError as e:
        return f"NameError: {e}"


print(unbound_after())
