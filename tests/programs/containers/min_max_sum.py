# min, max, sum, any, all and len: keys, defaults, starts and float precision.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(f"{type(e).__name__}:", e.args[0] if isinstance(e, KeyError) else e)

print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max([3, 8, 1]), min((), default="none"), max([], default=None))
print(min([1, -5, 3], key=abs), max(["aa", "b", "ccc"], key=len), max([1, 1.0], key=float), min([1.0, 1]))
print(max([(1, "b"), (1, "a")]), min("b", "a", key=lambda c: {"a": 1, "b": 0}[c]), max(iter([2, 9, 4])))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum([], 10), sum(range(101), start=5))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100, 1.0]), sum([0.1, 0.2, 0.3]), sum([1, 2.5, 3]))
print(sum([2 ** 64, 2 ** 64]), sum([True, True, 3]), sum([(1,), (2,)], ()), sum([1.0, float("inf")]))
print(any([]), all([]), any([0, "", None]), all([1, "a"]), any(x > 2 for x in range(5)), all(iter([1, 0])))
print(len([1, 2]), len(()), len({}), len(set()), len(range(3)), len({1: 2}.items()))
class Weird:
    def __lt__(self, other):
        return True
    def __repr__(self):
        return "W"
print(min(Weird(), Weird()), max([Weird(), Weird()]))
class L:
    def __len__(self):
        return 7
print(len(L()))
err(lambda: min())
err(lambda: max([]))
err(lambda: min(1))
err(lambda: max(1, 2, default=3))
err(lambda: min([1, "a"]))
err(lambda: sum([[1]]))
err(lambda: sum(1))
err(lambda: len(5))
err(lambda: max(key=len))
err(lambda: min([1], foo=1))
class BadLen:
    def __len__(self):
        return -1
err(lambda: len(BadLen()))
