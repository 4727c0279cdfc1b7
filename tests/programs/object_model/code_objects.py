# Code objects: co_* attributes, replace(), co_lines(), co_positions(), equality.
def f(a, b=1, *args, c, **kw):
    x = a + b
    def g():
        return x
    return g

co = f.__code__
print(co.co_name, co.co_qualname, type(co.co_filename).__name__, co.co_firstlineno)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names)
print(type(co.co_code).__name__, type(co.co_linetable).__name__, type(co.co_exceptiontable).__name__)
print(co.co_stacksize > 0, co.co_flags, type(co.co_consts).__name__)
g = f(1, c=2)
print(g.__code__.co_freevars, g.__code__.co_qualname, g())
lines = list(co.co_lines())
print(type(lines[0]).__name__, len(lines[0]), lines[0][2])
pos = list(co.co_positions())
print(len(pos) > 0, len(pos[0]))
co2 = co.replace(co_name="renamed")
print(co2.co_name, co2.co_qualname, co2 == co, co.replace() == co)
try:
    co.replace(co_name=1)
except TypeError as e:
    print("TypeError:", e)
try:
    co.replace(bogus=1)
except TypeError as e:
    print("TypeError:", e)
def h(): pass
def h2(): pass
print(h.__code__ == h.__code__, h.__code__ == h2.__code__, type(co).__name__)
lam = lambda q: q
print(lam.__code__.co_name, lam.__code__.co_varnames)
