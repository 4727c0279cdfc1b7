# Class bodies do not create enclosing scopes for their methods, but free variables pass through.
def factory(prefix):
    class Named:
        label = prefix + "-label"

        def show(self):
            return prefix, self.label
        lam = staticmethod(lambda: prefix)
    return Named


N = factory("p")
print(N().show(), N.lam())


def class_with_nonlocal():
    count = 0

    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    c = Counter()
    c.inc()
    c.inc()
    return count


print(class_with_nonlocal())


def class_reads_function_local():
    x = "function local"

    class C:
        try:
            y = x
        except NameError as e:
            y = f"NameError: {e} (x is local to the class body, so the function's x is skipped)"
        x = "class attr"
        z = x

    class D:
        w = x
    return C.y, C.z, x, D.w


print(class_reads_function_local())


def class_var_free():
    v = "outer v"

    class C:
        def method(self):
            return v
        v = "class v"
    return C().method(), C.v


print(class_var_free())
