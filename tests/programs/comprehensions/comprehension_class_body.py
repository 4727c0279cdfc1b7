# Comprehensions in class bodies (PEP 709 keeps the class-scope rules).
class A:
    base = [1, 2, 3]
    first_iter = [v for v in base]
    try:
        uses_class_var = [base for _ in range(1)]
    except NameError as e:
        uses_class_var = str(e)
    shadow = "class shadow"
    shadowed = [shadow for shadow in "xy"]


print(A.first_iter, A.uses_class_var, A.shadow, A.shadowed)


def func():
    val = "function val"

    class B:
        val = "class val"
        got = [val for _ in range(1)]
    return B.got


print(func())


class C:
    x = 1
    lam = [lambda: x for _ in range(1)]


try:
    print(C.lam[0]())
except NameError as e:
    print("NameError:", e)


class D:
    items = {k: k * 2 for k in range(3)}
    gen = list(i for i in range(3))
    sets = {i for i in items}


print(D.items, D.gen, D.sets)


class E:
    __private = 3
    mangled = [__private for _ in range(1)] if False else None
    names = [n for n in ["_E__private"]]


print(E.names, E._E__private)
