# Class bodies: names resolve in the class namespace, then globals; methods skip the class.
a = "global a"


class C:
    a = "class a"
    b = a
    methods_see = None

    def m(self):
        return a

    c = [a for _ in range(1)][0] if False else "comprehension skipped"
    d = (lambda: a)()


print(C.b, C().m(), C.d)


def func():
    a = "function a"

    class D:
        e = a

        def m(self):
            return a
    return D.e, D().m()


print(func())


def func2():
    a = "function a"

    class E:
        a = "class a"
        f = a

        def m(self):
            return a
    return E.f, E().m()


print(func2())


class F:
    global g
    g = "declared global in class"
    locals_copy = sorted(k for k in locals() if not k.startswith("__"))


print(g, F.locals_copy)
