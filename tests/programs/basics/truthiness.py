# Truth values of builtin types and objects.
values = [0, 1, -1, 0.0, 0.5, 0j, 1j, "", "a", b"", b"\0", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), frozenset()]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no", not v)


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Flag:
    def __init__(self, f):
        self.f = f

    def __bool__(self):
        print("  __bool__ called")
        return self.f


print(bool(Sized(0)), bool(Sized(3)))
print(bool(Flag(True)), bool(Flag(False)))
if Flag(True) and Flag(False):
    print("both")
else:
    print("not both")
print(0 or "default", "" or [] or None, 1 and 2, 0 and 1/0)
print([] or {} or "last")
