# sys.excepthook reports: groups with chains and notes, odd notes, truncated and deep groups, suggestions.
import sys
def show(f):
    try: f()
    except BaseException as e: sys.excepthook(type(e), e, e.__traceback__)
def a():
    try:
        raise ValueError("a")
    except ValueError as e:
        e2 = TypeError("t")
        e2.add_note("note1\nnote2")
        raise ExceptionGroup("g", [e2, KeyError("k"), ExceptionGroup("inner", [OSError(2, "x")])]) from e
show(a)
def b():
    e = ValueError("v"); e.__notes__ = "notalist"; raise e
show(b)
def c():
    e = ValueError("v"); e.__notes__ = [1, "x"]; raise e
show(c)
def d():
    raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
show(d)
def e():
    g = ValueError(0)
    for i in range(12): g = ExceptionGroup(f"d{i}", [g])
    raise g
show(e)
def f():
    try:
        raise KeyError(1)
    except KeyError:
        raise ExceptionGroup("x", [TypeError(2)])
show(f)
def g():
    try:
        raise ExceptionGroup("x", [TypeError(2)])
    except* TypeError:
        raise ValueError(3)
show(g)
show(lambda: ImportError(name_from="x"))
show(lambda: sys1)
class A:
    def __init__(self): self.blech = 1
    def m(self): return blech
show(lambda: A().m())
show(lambda: A().blich)
raise SystemExit(5)
