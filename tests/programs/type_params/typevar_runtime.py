# TypeVar, ParamSpec and TypeVarTuple objects created by type parameter syntax.
def f[T, *Ts, **P]():
    return T, Ts, P


T, Ts, P = f()
print(T, Ts, P, repr(T), repr(Ts), repr(P))
print(T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(P.args, P.kwargs, [*Ts])
print(f.__type_params__ == (T, Ts, P), f.__type_params__[0] is T)
print(f() == f(), f()[0] is f()[0])


class K[T]:
    pass


print(K.__type_params__[0] is f()[0], K.__type_params__[0].__name__)
print(list[T], dict[str, T], T | None, None | T)
