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
# distb(tb) shows tb's own frame (here the innermost one; pyrs reports the lasti of a frame
# suspended in a call to a Python function differently from CPython for now).
dis.distb(inner)
dis.distb(inner, show_caches=True)
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
