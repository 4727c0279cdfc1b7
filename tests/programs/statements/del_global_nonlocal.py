# del combined with global and nonlocal declarations.
g = "global value"


def delete_global():
    global g
    del g


delete_global()
print("g" in globals())


def delete_nonlocal():
    v = "enclosed"

    def inner():
        nonlocal v
        del v

    def read():
        try:
            return v
        except NameError as e:
            return f"NameError: {e}"
    before = read()
    inner()
    return before, read()


print(delete_nonlocal())


def del_in_loop():
    out = []
    for i in range(3):
        tmp = i * 2
        out.append(tmp)
        del tmp
    try:
        tmp
    except UnboundLocalError:
        out.append("tmp unbound")
    return out


print(del_in_loop())
a = [1, 2, 3]
b = {"x": 1}
del a[0], b["x"], a[-1]
print(a, b)
x, y, z = 1, 2, 3
del (x, y), [z]
print([name in globals() for name in "xyz"])
