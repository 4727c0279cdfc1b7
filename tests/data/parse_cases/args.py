def f(a, b=1, /, c=2, *d, e, f=3, **g): pass
lambda a, /, b, *, c: 0
lambda *a, **k: 0
lambda: 0
def g(*, a): pass
