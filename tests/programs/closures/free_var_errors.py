# Referencing closure variables before assignment, and deleting them.
def before_assignment():
    def inner():
        return x
    try:
        return inner()
    except NameError as e:
        return f"NameError: {e}"
    finally:
        x = 1


print(before_assignment())


def local_before_assignment():
    try:
        print(y)
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
    y = 2


print(local_before_assignment())


def delete_cell():
    z = 1

    def inner():
        nonlocal z
        del z

    def read():
        return z
    inner()
    try:
        return read()
    except NameError as e:
        return f"NameError: {e}"


print(delete_cell())
g = "global"


def local_shadow_error():
    try:
        print(g)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    g = "local"
    return g


print(local_shadow_error())
