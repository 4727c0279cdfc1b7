# Exceptions in __enter__, __exit__, and the body, with nested managers.
class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"enter failed in {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, repr(ev))
        if self.fail_exit:
            raise RuntimeError(f"exit failed in {self.name}")
        return False


try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("body not reached")
except RuntimeError as e:
    print("caught:", e)
try:
    with CM("x", fail_exit=True):
        raise ValueError("body error")
except RuntimeError as e:
    print("caught:", e, "| context:", repr(e.__context__))
try:
    with CM("outer"):
        with CM("inner"):
            raise KeyError("deep")
except KeyError as e:
    print("caught:", repr(e))


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)


class NoEnter:
    def __exit__(self, *a):
        pass


try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
