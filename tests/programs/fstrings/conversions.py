# !r, !s and !a conversions with objects defining __repr__ and __str__.
class P:
    def __repr__(self):
        return "P()"

    def __str__(self):
        return "a P"

    def __format__(self, spec):
        return f"P formatted with {spec!r}"


p = P()
print(f"{p}", f"{p!r}", f"{p!s}", f"{p!a}", f"{p:xyz}", f"{p!r:>6}", f"{p!s:*<6}")
print(format(p, "abc"), str(p), repr(p), "{}".format(p), "{!r}".format(p))
print(f"{'\u00e9\n'!a}", f"{'tab\t'!r}", f"{b'bytes'}", f"{b'x'!s}")


class NoFormat:
    def __str__(self):
        return "str only"


print(f"{NoFormat()}", f"{NoFormat()!s:>10}")
try:
    f"{NoFormat():>10}"
except TypeError as e:
    print("TypeError:", e)
