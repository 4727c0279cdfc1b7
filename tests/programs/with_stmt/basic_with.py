# with statements: enter/exit order, the `as` target, and exit arguments.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return f"value of {self.name}"

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False


with CM("a") as v:
    print("body with", v)
with CM("no target"):
    print("body without target")
with CM("outer") as o, CM("inner") as i:
    print("body", o, i)
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1, p2)
with (CM("p3"), CM("p4")):
    print("parenthesized without targets")
with CM("t") as (first, *rest):
    print("unpacked target", first, rest)


class Holder:
    pass


h = Holder()
d = {}
with CM("attr") as h.value, CM("item") as d["key"]:
    pass
print(h.value, d)
