# Annotation scopes: type parameters are visible in annotations, bounds, and bodies,
# class-body names are visible to annotation scopes, and defaults are evaluated outside.
x = "global x"


class C:
    x = "class x"

    def method[T](self, arg: T = x) -> T:
        return arg

    type Alias = x


print(C().method(), C.Alias.__value__)


def outer():
    y = "closure y"

    def inner[T](a: T) -> T:
        return y, a
    return inner


print(outer()(1), outer().__annotations__ if hasattr(outer(), "__annotations__") else None)


def shadow[x]():
    return x


print(shadow(), shadow.__type_params__[0] is shadow())


class Base[T]:
    pass


class Derived[U](Base[U]):
    pass


print(Derived.__bases__, Derived.__type_params__)


def generic_with_default[T](value: T = "default") -> T:
    return value


print(generic_with_default(), generic_with_default(5))
