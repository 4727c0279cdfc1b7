# Generator introspection: gi_running, gi_frame, gi_suspended, and re-entrancy errors.
def g():
    yield 1
    yield 2


gen = g()
print(gen.gi_running, gen.gi_frame is not None, gen.gi_suspended)
next(gen)
print(gen.gi_running, gen.gi_suspended, gen.gi_frame.f_lineno)
list(gen)
print(gen.gi_frame, gen.gi_suspended)


def reenter():
    yield next(me)


me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(g.__code__.co_flags & 0x20 == 0x20, gen.gi_code.co_name)
