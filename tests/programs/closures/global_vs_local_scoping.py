# Deciding between local, global and free at compile time.
x = "global x"


def reads_global():
    return x


def assigns_later():
    if False:
        x = "never"
    try:
        return x
    except UnboundLocalError as e:
        return "unbound: " + str(e)


def aug_assign():
    try:
        global_counter_missing += 1
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)


def uses_builtin():
    return len("abc")


def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")


print(reads_global(), assigns_later(), aug_assign(), uses_builtin(), shadows_builtin())


def import_binds_local():
    import sys as x
    return type(x).__name__


print(import_binds_local(), x)


def except_binds_and_unbinds():
    e = "before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError:
        return "e was unbound after except"


print(except_binds_and_unbinds())
