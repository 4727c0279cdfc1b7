# Generator expressions keep their own scope (they are not inlined by PEP 709).
x = "global x"
g = (x for x in range(2))
print(list(g), x)


def f():
    n = 3
    gen = (i * n for i in range(3))
    n = 10
    return list(gen)


print(f())


class C:
    vals = [1, 2]
    total = sum(v for v in vals)
    try:
        bad = list(v + len(vals) for v in range(1))
    except NameError as e:
        bad = str(e)


print(C.total, C.bad)


def locals_in_genexpr():
    a = 1
    return list(sorted(locals()) for _ in range(1))


print(locals_in_genexpr())
