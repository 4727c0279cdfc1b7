# PEP 695 generic functions: type parameters, bounds, constraints, and their scope.
def first[T](items: list[T]) -> T:
    return items[0]


print(first([3, 2, 1]), first("abc"))
print(first.__type_params__, first.__annotations__)
(T,) = first.__type_params__
print(type(T).__name__, T.__name__, T.__bound__, T.__constraints__)


def bounded[N: int](x: N) -> N:
    return x


def constrained[S: (str, bytes)](x: S) -> S:
    return x


(N,) = bounded.__type_params__
(S,) = constrained.__type_params__
print(N.__bound__, S.__constraints__)


def many[A, B, *Ts, **P](a: A, b: B, *args: *Ts) -> tuple[A, B]:
    return a, b


print(many.__type_params__, [type(t).__name__ for t in many.__type_params__])
print(many(1, "x", 2, 3))


def lazy_bound[X: UndefinedYet]():
    pass


(X,) = lazy_bound.__type_params__
try:
    X.__bound__
except NameError as e:
    print("NameError on bound evaluation:", e)
UndefinedYet = float
print(X.__bound__)
print("T" in globals())
