# iter/next (with default and sentinel forms) and reversed.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
calls = [3, 2, 1, 0, 5]
sentinel_it = iter(lambda: calls.pop(0), 0)
print(list(sentinel_it), calls)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), type(reversed([])).__name__)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


print(list(reversed(Seq())), list(iter(Seq())) if False else "iter(Seq) would loop forever")
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
d = {1: "a"}
di = iter(d)
d[2] = "b"
try:
    next(di)
except RuntimeError as e:
    print("RuntimeError:", e)
