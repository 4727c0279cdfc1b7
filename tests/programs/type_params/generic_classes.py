# PEP 695 generic classes: __type_params__, Generic bases, methods using T.
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def kind(self):
        return T.__name__


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, s.kind())
print(Stack.__type_params__, Stack.__mro__[1].__name__, Stack.__orig_bases__ if hasattr(Stack, "__orig_bases__") else None)
print(type(Stack[int]).__name__, Stack[int].__origin__ is Stack, Stack[str].__args__)


class Pair[K, V](dict):
    def first_key(self) -> K:
        return next(iter(self))


p = Pair(a=1)
print(p.first_key(), [t.__name__ for t in Pair.__type_params__], Pair.__bases__)


class Bounded[T: (int, str), *Ts, **P]:
    pass


print([type(t).__name__ for t in Bounded.__type_params__], Bounded.__type_params__[0].__constraints__)


class Outer[T]:
    class Inner:
        def get(self):
            return T

    def method[U](self, u: U) -> tuple[T, U]:
        return (T, U)


print(Outer.Inner().get(), Outer().method(1), Outer.method.__type_params__)
