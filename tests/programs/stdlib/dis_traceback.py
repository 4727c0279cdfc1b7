# dis.distb and Bytecode.from_traceback: the listing of the innermost frame of a traceback, the
# current instruction marked.
import dis
import io
import sys


def boom(a):
    b = a + 1
    return b / 0


def subscript(d):
    x = d["missing"]
    return x


def catch(f, arg):
    try:
        f(arg)
    except Exception as e:
        return e.__traceback__


tb = catch(boom, 1)
inner = tb
while inner.tb_next:
    inner = inner.tb_next
print(inner.tb_lasti, inner.tb_frame.f_code.co_name)
# distb(tb) shows tb's own frame: a frame suspended in a call to a Python function is at the
# call's last cache unit.
dis.distb(inner)
dis.distb(tb)
dis.distb(tb, show_caches=True)


def chain(f, *args):
    t = catch(f, *args)
    out = []
    while t:
        out.append((t.tb_frame.f_code.co_name, t.tb_lasti))
        t = t.tb_next
    return out


def builtin_call(x):
    return len(x)


def python_call(x):
    return boom(x)


def star_call(x):
    return boom(*x)


def method_call(x):
    return Sub().__getitem__(x)


def kw_call(x):
    return boom(a=x)


class Sub:
    def __getitem__(self, k):
        return 1 / 0


def subscript_call(x):
    return Sub()[x]


def gen():
    yield 1 / 0


def loop_call(x):
    for _ in gen():
        pass


for f, arg in ((builtin_call, 5), (python_call, 1), (star_call, (1,)), (method_call, 1),
               (kw_call, 1), (subscript_call, 0), (loop_call, 0), (boom, "s")):
    print(f.__name__, chain(f, arg))
bc = dis.Bytecode.from_traceback(tb)
print(bc.current_offset, bc.codeobj.co_name)
print(bc.dis())
print(dis.Bytecode.from_traceback(catch(subscript, {}), show_caches=True).dis())
out = io.StringIO()
dis.distb(catch(subscript, {}).tb_next, file=out)
print(out.getvalue().count("-->"))
for name in ("last_exc", "last_traceback"):
    if hasattr(sys, name):
        delattr(sys, name)
try:
    dis.distb()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    dis.dis()
except RuntimeError as e:
    print(type(e).__name__, e)
