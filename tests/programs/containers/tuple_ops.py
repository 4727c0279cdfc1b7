# tuple operations, methods, comparisons and errors.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(f"{type(e).__name__}:", e.args[0] if isinstance(e, KeyError) else e)

t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(2), t.index(1, 1), t.index(2, 0, 2))
print(t[1:4], t[::-1], t[::2], t[-2:], t[10:], t[:-10])
print(t + (4,), t * 2, 2 * (), (0,) * 0, 3 in t, 9 not in t)
print((1, 2) < (1, 2, 0), (1, 3) > (1, 2, 9), (1, 2) == (1, 2), () < (0,), (1, 'a') != (1, 'b'))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x for x in (5, 6)))
print(len(t), min(t), max(t), sum(t), sorted(t))
nan = float("nan")
print((nan,) == (nan,), [nan] == [nan], (1,) == (1.0,))
print(repr((1,)), repr(()), repr(((),)), repr((1, "a", None)))
a, *b, c = t
print(a, b, c)
class T(tuple):
    pass
x = T((1, 2))
print(x, type(x).__name__, x + (3,), type(x + (3,)).__name__, x == (1, 2))
print(type(t[:]) is tuple, t[:] is t, tuple(t) is t)
err(lambda: t.index(7))
err(lambda: t[5])
err(lambda: t["a" * 1])
err(lambda: t + [1])
err(lambda: t * "a")
err(lambda: tuple(1))
err(lambda: tuple(1, 2))
err(lambda: (1,) < ("a",))
err(lambda: t.count())
err(lambda: ().index())
print(tuple.__getitem__(t, 0), tuple.__len__(t), tuple.__contains__(t, 3))
print(t.__getnewargs__(), t.__class_getitem__(int))
