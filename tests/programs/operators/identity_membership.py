# `is`, `in` and the __contains__ / __iter__ / __getitem__ fallbacks.
class WithContains:
    def __contains__(self, item):
        print("contains", item)
        return item == 1


class WithIter:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])


class WithGetitem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10


print(1 in WithContains(), 2 in WithContains(), 2 not in WithContains())
print(3 in WithIter(), 5 in WithIter())
print(20 in WithGetitem(), 25 in WithGetitem())


class Truthy:
    def __contains__(self, item):
        return "non-empty"


print(1 in Truthy())
try:
    1 in 5
except TypeError as e:
    print(e)
x = [1, 2]
print(x is x, x is not None, [] is [], None is not None)
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan])
print("a" in "", "" in "", "abc" in ["abc"], (1, 2) in [(1, 2)], 1 in {1: 0}.values())
