# Closures see the variable, not the value at definition time.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def make():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = "after loop"
    return fs


print([f() for f in make()])


def make_bound():
    def bind(k):
        return lambda: k
    return [bind(k) for k in range(3)]


print([f() for f in make_bound()])


def reassigned():
    x = 1
    f = lambda: x
    x = 2
    r1 = f()
    x = 3
    return r1, f()


print(reassigned())
gens = [(lambda: n) for n in "ab"]
print([g() for g in gens])
