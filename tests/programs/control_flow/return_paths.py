# Functions with many return paths, implicit None, and unreachable code.
def sign(n):
    if n > 0:
        return 1
    elif n < 0:
        return -1
    return 0


def implicit(flag):
    if flag:
        return "explicit"


def loop_return(items):
    for x in items:
        if x < 0:
            return x
    return None


def while_return():
    i = 0
    while True:
        i += 1
        if i > 4:
            return i


def dead_code():
    return "first"
    print("never")
    return "second"


def multiple_values():
    return 1, "two", [3]


print(sign(5), sign(-2), sign(0), implicit(True), implicit(False))
print(loop_return([1, -3, -4]), loop_return([1]), while_return(), dead_code(), multiple_values())


def nested_return(x):
    if x:
        if x > 1:
            if x > 2:
                return "big"
            return "two"
        return "one"
    return "zero"


print([nested_return(i) for i in range(4)])
