# Names inside comprehensions: globals, builtins, enclosing functions, and the first iterable.
g = "global"
print([g for _ in range(1)], [len(s) for s in ["ab"]])


def f(n):
    local = "local"
    return [(local, g, i) for i in range(n)]


print(f(2))


def first_iterable_evaluated_outside():
    items = [1, 2]
    return [x for x in items for items in [[9]]] if False else [items for x in items]


print(first_iterable_evaluated_outside())


def comprehension_sees_later_assignment():
    fns = []
    for i in range(2):
        fns.append([lambda: j for j in range(i, i + 1)][0])
    return [fn() for fn in fns]


print(comprehension_sees_later_assignment())
