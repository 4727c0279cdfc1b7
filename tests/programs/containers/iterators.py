# builtin iterators: enumerate, zip (strict), map, filter, reversed, iter with a sentinel.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(f"{type(e).__name__}:", e.args[0] if isinstance(e, KeyError) else e)

print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], start=-1)))
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(2), range(5), "xyz")))
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", [], [0]])))
print(list(filter(lambda x: x % 2, range(7))), list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(2))))
n = iter([5, 6, 7, 0, 8])
print(list(iter(lambda: next(n), 0)), list(n))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
    def __len__(self):
        return 3
print(list(Seq()), list(reversed(Seq())), 4 in Seq(), list(enumerate(Seq())))
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
it = iter([1, 2, 3])
print(next(it), it.__length_hint__(), list(it), next(it, "end"), it.__length_hint__())
e = enumerate("ab")
print(type(e).__name__, next(e), e.__reduce__()[0].__name__)
z = zip("a", "b")
print(type(z).__name__, next(z), list(z))
m = map(abs, [-1])
print(type(m).__name__, list(m), list(m))
ti = iter((1, 2))
print(type(ti).__name__, type(iter({1})).__name__, type(iter(range(1))).__name__, type(reversed([])).__name__)
def gen_strict(a, b):
    return list(zip(a, b, strict=True))
err(lambda: gen_strict([1, 2], [1]))
err(lambda: gen_strict([1], [1, 2]))
err(lambda: list(zip([1], [2], [], strict=True)))
err(lambda: enumerate(1))
err(lambda: zip(1))
err(lambda: map(abs))
err(lambda: filter(None))
err(lambda: reversed(1))
err(lambda: reversed({1: 2}.values().__iter__()))
err(lambda: iter(1))
err(lambda: iter(1, 2))
err(lambda: next(iter([])))
err(lambda: next([]))
err(lambda: zip([1], x=1))
