# The value bound by `as` is what __enter__ returns, not the manager.
class ReturnsOther:
    def __enter__(self):
        return [1, 2, 3]

    def __exit__(self, *a):
        return False


class ReturnsNone:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        pass


with ReturnsOther() as value:
    print(value)
with ReturnsNone() as nothing:
    print(nothing)
mgr = ReturnsOther()
with mgr as bound:
    print(bound is mgr)


class Lookup:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


Lookup.__enter__ = lambda self: "patched enter"
with Lookup() as x:
    print(x)
obj = Lookup()
obj.__enter__ = lambda: "instance enter ignored"
with obj as y:
    print(y)
