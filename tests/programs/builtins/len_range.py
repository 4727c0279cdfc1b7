# len() and range(): lengths, negative steps, indexing, slicing, membership, errors.
print(len([]), len("abc"), len(b"ab"), len({1: 2}), len({1, 2}), len(range(10)), len((1,)))
r = range(2, 20, 3)
print(list(r), r[0], r[-1], r[1:3], r[::-1], len(r), 5 in r, 6 in r, r.index(8), r.count(11))
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(3, 1)), list(range(-3, 3, 2)))
print(range(10) == range(0, 10, 1), range(0) == range(5, 5), repr(range(1, 5, 2)), r.start, r.stop, r.step)
big = range(10 ** 20)
print(len(range(0, 10 ** 18, 7)), big[-1], 10 ** 19 in big)
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)


class HasLen:
    def __len__(self):
        return 7


class BadLen:
    def __len__(self):
        return -1


print(len(HasLen()))
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
