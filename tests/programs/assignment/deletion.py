# del on names, attributes, subscripts, slices and tuples of targets.
a = 1
b = [1, 2, 3, 4, 5]
c = {"k": 1, "j": 2}


class O:
    pass


o = O()
o.x = 1
o.y = 2
del a
del b[0], b[-1]
del c["k"]
del o.x
print(b, c, vars(o))
del b[::2]
print(b)
del (c["j"]), [o.y]
print(c, vars(o))
try:
    del a
except NameError as e:
    print(e)
try:
    del o.missing
except AttributeError as e:
    print(e)
try:
    del c["missing"]
except KeyError as e:
    print("KeyError", e)


def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)


print(f())
x, y = 1, 2
del x, y
print("x" in globals(), "y" in globals())
