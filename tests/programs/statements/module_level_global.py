# `global` at module level is allowed and has no effect; `nonlocal` there is an error (see
# syntax_errors). Names declared global in a class body go to the module.
global a, b
a = 1
b = a + 1
print(a, b)


class K:
    global made_in_class
    made_in_class = "module level"
    local_to_class = "class attribute"


print(made_in_class, K.local_to_class, hasattr(K, "made_in_class"))


def f():
    global a
    a += 10
    return a


print(f(), a)
