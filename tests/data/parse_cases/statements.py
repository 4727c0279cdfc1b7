global a, b
def f():
    nonlocal c
del a, (b, c), [d]
assert x, 'm'
raise
raise E from e
import a.b as c, d
from . import x
from ..a import (b as c, d,)
from a import *
with a as b, c as (d, e): pass
with (a as b, c): pass
async def g():
    async with a: pass
    async for x in y: pass
    await z
