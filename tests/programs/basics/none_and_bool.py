# None, True, False, Ellipsis and NotImplemented.
print(None, True, False, ..., Ellipsis, NotImplemented)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(None is None, ... is Ellipsis, True is not False)
print(True + 1, False * 5, True == 1, False == 0, (True is True) == 1)
print(repr(None), str(True), int(False), float(True))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(True & False, True | False, True ^ True, ~True, -True)
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]))


def nothing():
    pass


def explicit():
    return


print(nothing(), explicit())
x = None
print(x or "fallback", x if x is not None else "was None")
print({None: 1, True: 2, 1: 3})
