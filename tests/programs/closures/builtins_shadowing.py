# Builtins can be shadowed globally and restored by deleting the global.
print(len("abc"))
len = lambda s: -1
print(len("abc"))
del len
print(len("abc"))


def f():
    return print


print(f() is print)
import sys
mod = sys.modules["builtins"]
orig_abs = mod.abs
mod.abs = lambda v: "patched builtin"
print(abs(-1))
mod.abs = orig_abs
print(abs(-1))


def uses_max():
    return max(1, 2)


max = min
print(uses_max())
del max
print(uses_max())
