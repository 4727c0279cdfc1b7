# Objects left at exit: a never-awaited coroutine warns, a suspended generator runs its finally
# (in the order of the module's names); one freed earlier warns at its line.
import sys

async def never():
    pass

def gen(tag):
    try:
        yield 1
    finally:
        print("finally of", tag)

never()
print("after the unawaited call")
g = gen("deleted")
g.__next__()
del g
c = never()
h = gen("left at exit")
h.__next__()
_private = gen("underscore name first")
_private.__next__()
print("exiting")
sys.exit(2)
