# Parameter and return annotations in __annotations__.
def f(a: int, b: "str" = "x", *args: float, c: list[int], d=1, **kw: dict) -> bool:
    return True


print(f.__annotations__)


def none_ret() -> None:
    pass


print(none_ret.__annotations__)


def no_ann(a, b):
    pass


print(no_ann.__annotations__)


def evaluated_in_order(a: print("ann a") or int, b: print("ann b") or str) -> print("ann return"):
    pass


print(list(evaluated_in_order.__annotations__))


class C:
    def m(self, x: "C") -> "C":
        return self


print(C.m.__annotations__)
lam = lambda x: x
print(lam.__annotations__)


def posonly(a: int, /, b: int) -> tuple:
    return a, b


print(posonly.__annotations__)
f.__annotations__ = {"replaced": 1}
print(f.__annotations__)
