# Code object attributes that describe scopes: names, varnames, cells, free variables, flags.
def outer(a, b=1, *args, c, **kw):
    x = a

    def inner(y):
        nonlocal x
        x += y
        return x + b
    return inner


code = outer.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames, code.co_cellvars, code.co_freevars, code.co_nlocals)
inner = outer(1, c=2)
print(inner.__code__.co_varnames, inner.__code__.co_freevars, inner.__code__.co_cellvars)
print([c.cell_contents for c in inner.__closure__], inner(5), inner.__closure__[1].cell_contents)
flags = {"OPTIMIZED": 1, "NEWLOCALS": 2, "VARARGS": 4, "VARKEYWORDS": 8, "NESTED": 16,
         "GENERATOR": 32, "NOFREE": 64, "COROUTINE": 128, "ITERABLE_COROUTINE": 256, "ASYNC_GENERATOR": 512}


def flag_names(f):
    return [n for n, v in flags.items() if f.__code__.co_flags & v]


def gen():
    yield


async def coro():
    pass


async def agen():
    yield


print(flag_names(outer), flag_names(inner), flag_names(gen), flag_names(coro), flag_names(agen))
print(flag_names(lambda: 0), code.co_qualname, inner.__code__.co_qualname)


def uses_globals():
    return len(print.__name__) + undefined_global_name if False else None


print(uses_globals.__code__.co_names, uses_globals.__code__.co_varnames)


class K:
    def m(self):
        return __class__


print(K.m.__code__.co_freevars, K.m.__code__.co_varnames)
