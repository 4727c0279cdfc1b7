# Errors raised while evaluating f-string fields.
d = {}
try:
    f"{d['missing']}"
except KeyError as e:
    print("KeyError", e)
try:
    f"{1 / 0}"
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    f"{undefined_name}"
except NameError as e:
    print("NameError", e)
try:
    f"{3.5:d}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{'abc':{5}.{'x'}}"
except ValueError as e:
    print("ValueError", e)


class Bad:
    def __format__(self, spec):
        return 5


try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError", e)


class Raises:
    def __repr__(self):
        raise RuntimeError("repr failed")


try:
    f"{Raises()!r}"
except RuntimeError as e:
    print("RuntimeError", e)
