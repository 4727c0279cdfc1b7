# Function objects: attributes, __dict__, __defaults__, code object metadata.
def f(a, b=2, *args, c, d=4, **kw):
    """Doc."""
    x = a
    return x


print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__)
code = f.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals)
print(code.co_varnames, code.co_name, code.co_qualname, code.co_firstlineno)
print(f.__dict__, callable(f), type(f).__name__)
f.custom = "attribute"
print(f.custom, f.__dict__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)


def g():
    pass


print(g.__defaults__, g.__kwdefaults__, g.__closure__, g.__code__.co_consts[:1])


def h(x):
    def inner():
        return x
    return inner


print(h.__code__.co_cellvars, h(1).__code__.co_freevars, h(1).__closure__[0].cell_contents)
try:
    f.__code__ = 5
except TypeError as e:
    print(e)
