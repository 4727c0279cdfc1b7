# Function attributes: defaults, kw-only, annotations, closures, __dict__, __code__.
def outer(a, b=2, /, c=3, *args, d, e=5, **kw) -> "ret":
    "outer doc"
    z = a
    def inner(x: int) -> int:
        return x + z
    return inner

print(outer.__name__, outer.__qualname__, outer.__module__, outer.__doc__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__annotations__)
inner = outer(1, d=4)
print(inner.__qualname__, inner.__annotations__, inner(2))
print(type(inner.__closure__).__name__, len(inner.__closure__), inner.__closure__[0].cell_contents)
print(outer.__closure__, outer.__globals__ is globals(), outer.__type_params__)
co = outer.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, inner.__code__.co_freevars, co.co_nlocals)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_firstlineno)
outer.attr = "x"
print(outer.__dict__, outer.attr)
outer.__defaults__ = (9,)
outer.__kwdefaults__ = None
print(outer.__defaults__, outer.__kwdefaults__)
try:
    outer.__defaults__ = 1
except TypeError as e:
    print("TypeError:", e)
try:
    outer.__name__ = None
except TypeError as e:
    print("TypeError:", e)
try:
    del outer.__name__
except TypeError as e:
    print("TypeError:", e)
def wrapper(f):
    def w(*a, **k):
        return f(*a, **k)
    w.__wrapped__ = f
    w.__name__ = f.__name__
    w.__qualname__ = f.__qualname__
    w.__doc__ = f.__doc__
    return w
@wrapper
def target(x):
    "target doc"
    return x * 2
print(target(4), target.__name__, target.__doc__, target.__wrapped__.__name__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__)
print(type(outer).__name__, callable(outer))
