# Subclasses of str: methods return exact strs, dunders reach the subclass, and overrides win.
class Name(str):
    def __str__(self):
        return "Name(" + self + ")"
    def upper(self):
        return "custom upper"
n = Name("ada")
print(n, repr(n), n.upper(), str.upper(n), n.title(), type(n.title()).__name__, type(n + "x").__name__, type(n * 2).__name__)
print(type(n[0:2]).__name__, type(n.strip()).__name__, type(n.replace("z", "y")).__name__, type("".join([n])).__name__)
print(n == "ada", "ada" == n, n < "b", len(n), "d" in n, n.__hash__() == "ada".__hash__(), isinstance(n, str))
print("%s|%r" % (n, n), "{}|{!r}|{!s}".format(n, n, n), f"{n}|{n!r}|{n!s}", format(n, "<6") + "|")
class Up(str):
    def __add__(self, other):
        return "added"
    def __radd__(self, other):
        return "radded"
    def __mod__(self, other):
        return "modded"
    def __rmod__(self, other):
        return "rmodded"
u = Up("u")
print(u + "x", "x" + u, u % 1, "%s" % u, "plain %s" % (u,))
class Fmt(str):
    def __format__(self, spec):
        return "F" + spec
print(format(Fmt("v"), "x"), "{:y}".format(Fmt("v")), f"{Fmt('v'):z}")
print(str.__new__(Name, "q").upper(), type(str.__new__(Name, "q")).__name__, str("abc"), str(), str(5), str(b"x", "ascii"))
class Slots(str):
    __slots__ = ()
print(Slots("s") + "!", Slots("abc")[1], Slots("a,b").split(","))
