# Local, enclosing, global and builtin lookups in order.
x = "global"


def outer():
    x = "enclosing"

    def inner():
        x = "local"
        return x

    def reads_enclosing():
        return x

    def reads_builtin():
        return len
    return inner(), reads_enclosing(), reads_builtin() is len


print(outer())


def only_global():
    return x


print(only_global())
len = "global shadows builtin"


def sees_global_len():
    return len


print(sees_global_len())
del len
print(sees_global_len() is __builtins__.len if not isinstance(__builtins__, dict) else True)
