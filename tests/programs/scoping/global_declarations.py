# global declarations in nested functions and before use, plus globals created dynamically.
def setter():
    global new_name
    new_name = "created"


def getter():
    return new_name


try:
    getter()
except NameError as e:
    print("NameError:", e)
setter()
print(getter())


def outer():
    x = "outer local"

    def inner():
        global x
        x = "global from inner"
    inner()
    return x


print(outer(), x)


def multiple():
    global p, q
    p, q = 1, 2


multiple()
print(p, q)


def del_global():
    global p
    del p


del_global()
print("p" in globals())
