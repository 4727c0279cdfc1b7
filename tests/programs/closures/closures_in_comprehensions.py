# Closures created inside comprehensions capture the comprehension variable.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])


def in_function():
    return [lambda: x * 10 for x in range(3)]


print([f() for f in in_function()])


def outer_captured():
    n = 100
    return [(lambda: n + i) for i in range(2)]


print([f() for f in outer_captured()])
gens = list((lambda: j) for j in "xy")
print([g() for g in gens])
d = {k: (lambda: k) for k in "ab"}
print({k: v() for k, v in d.items()})


def comprehension_uses_cell():
    c = 5

    def get():
        return c
    return [c + k for k in range(2)], get()


print(comprehension_uses_cell())
