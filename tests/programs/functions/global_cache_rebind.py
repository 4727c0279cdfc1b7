# LOAD_GLOBAL's cache across rebinding, deletion, builtins shadowed and unshadowed, and one
# code object run with different globals.
import builtins

x = 1


def read_x():
    return x


def use_len(s):
    return len(s)


for i in range(3):
    print(read_x())
    x = x + 10

del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)
x = "back"
print(read_x())

print(use_len("abc"))
len = lambda s: "shadowed"
print(use_len("abc"))
del len
print(use_len("abcd"))

saved = builtins.len
builtins.len = lambda s: "builtin replaced"
print(use_len("abc"))
builtins.len = saved
print(use_len("abc"))

code = read_x.__code__
for g in [{"x": "first"}, {"x": "second"}, {"__builtins__": builtins, "x": 3}]:
    print(eval(code, g))
try:
    eval(code, {})
except NameError as e:
    print("NameError:", e)


def many():
    total = 0
    for i in range(1000):
        total += abs(-i) + len("ab")
    return total


print(many())
