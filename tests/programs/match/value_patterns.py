# Value patterns (dotted names) compared with ==, versus bare names that capture.
class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = "dark"


import sys


def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.Shade.DARK:
            return "dark shade"
        case sys.maxsize:
            return "max size"
        case _:
            return "unknown color"


print(paint("red"), paint("green"), paint("dark"), paint(sys.maxsize), paint("blue"))


class Eq:
    def __eq__(self, other):
        print("  __eq__ called with", other)
        return other == 5


class Holder:
    value = Eq()


match 5:
    case Holder.value:
        print("matched via custom __eq__")
match 6:
    case Holder.value:
        print("no")
    case _:
        print("not equal")
