# __exit__ returning a true value suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            return True
        return None


with Suppress(ValueError):
    raise ValueError("gone")
print("after suppressed ValueError")
try:
    with Suppress(ValueError):
        raise KeyError("stays")
except KeyError as e:
    print("KeyError propagated", e)


def in_function():
    with Suppress(ZeroDivisionError):
        1 / 0
        return "not reached"
    return "after with"


print(in_function())


class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "non-empty string is true"


with Truthy():
    raise RuntimeError("suppressed by truthy value")
print("done")
for i in range(3):
    with Suppress(StopIteration):
        if i == 1:
            raise StopIteration
        print("loop body", i)
