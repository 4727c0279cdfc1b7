# locals(), globals(), vars() and dir() in different scopes (with deterministic output).
g_value = 1


def f(a, b=2):
    c = 3
    return sorted(locals().items())


print(f(1))


def modifies_locals():
    x = 1
    locals()["x"] = 99
    return x


print(modifies_locals())
globals()["made_by_globals"] = "hello"
print(made_by_globals)


class C:
    y = 1
    snapshot = sorted(k for k in locals() if not k.startswith("__"))


print(C.snapshot)


def nested():
    outer_var = 1

    def inner():
        return sorted(locals())

    def inner_uses():
        return outer_var, sorted(locals())
    return inner(), inner_uses()


print(nested())
print(sorted(vars(C).keys() - {"__dict__", "__weakref__", "__module__", "__doc__", "__qualname__"}) if False else sorted(k for k in vars(C) if not k.startswith("__")))
print(sorted(k for k in dir() if not k.startswith("__")))
