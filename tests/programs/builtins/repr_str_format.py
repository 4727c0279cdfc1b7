# repr, str, format and ascii on builtin types, recursive containers, and subclasses.
items = [1, 1.0, 1j, "s", b"b", None, True, (1,), [1], {1: 2}, {1}, frozenset({1}), range(2), slice(1, 2), ...]
for v in items:
    print(repr(v), str(v), format(v, ""))
rec = [1]
rec.append(rec)
d = {}
d["self"] = d
print(rec, d)


class MyList(list):
    pass


class MyStr(str):
    pass


print(repr(MyList([1])), repr(MyStr("x")), str(MyStr("y")), format(MyStr("z"), ">3"))
print(repr(1e16), repr(1.5e-7), repr(-0.0), repr(float("inf")), repr(2 ** 0.5), repr(0.1 + 0.2))
print(repr("multi\nline\ttab"), str(b"\x00"), repr(bytearray(b"\n")), repr(type), repr(int))
