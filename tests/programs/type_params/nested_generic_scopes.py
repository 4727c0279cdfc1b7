# Type parameters seen by nested functions, lambdas, comprehensions and classes.
def outer[T](x: T):
    def inner():
        return T
    lam = lambda: T
    comp = [T for _ in range(1)]

    class Local:
        param = T
    return inner(), lam(), comp[0], Local.param, T.__name__


r = outer(1)
print(r, r[0] is r[1] is r[2] is r[3])


class Container[T]:
    items: list[T]

    def map[U](self, fn: "Callable[[T], U]") -> "Container[U]":
        return (T, U)

    @staticmethod
    def make[V](v: V) -> V:
        return v


print(Container().map(None), Container.make(5), Container.map.__type_params__, Container.__annotations__)


def uses_outer_param[T]():
    def also_generic[U]():
        return T, U
    return also_generic()


print(uses_outer_param())
type Nested[K] = dict[K, list[K]]
print(Nested.__value__, Nested[int])
