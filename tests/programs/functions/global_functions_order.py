# Functions referencing globals defined later, redefinition, and calling before definition.
def uses_later():
    return later_value


try:
    uses_later()
except NameError as e:
    print("NameError:", e)
later_value = "defined now"
print(uses_later())


def f():
    return "first f"


g = f


def f():
    return "second f"


print(g(), f())
try:
    not_yet()
except NameError as e:
    print("NameError:", e)


def not_yet():
    return "defined"


print(not_yet())
