# Position markers under traceback lines: operators, subscripts, calls, attributes, and where CPython leaves them out.
import sys
def show(f):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__.tb_next)
d = {"a": {"b": None}}
def f1(): return d["a"]["b"]["c"]
def f2(): return 1 + 2 * (3 / 0)
def f3():
    x = [1,
         2][5]
def f4(): return (lambda: 1)(2)
def f5():
    return   d["zz"]
def f6(): return "é" + 1
def f7():
    return d["a"]["b"].attr
def f8():
    x = 1 // 0
def f9():
    return (1 +
        None)
def f10(): x = d  ["missing"]
def f11():
    foo = None; foo.bar.baz
def f12():
    raise ValueError("whole line")
def f13(): a = 1; b = a.nope
def f14():
    x = 10
    x /= 0
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14):
    show(f)
sys.exit(1)
