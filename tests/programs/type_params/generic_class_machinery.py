# Generic classes: Generic in the bases, __type_params__, __parameters__, __orig_bases__.
class Stack[T]:
    def __init__(self):
        self.top = None
    def push(self, item: T) -> None:
        self.top = item
    def peek(self) -> T:
        return self.top

s = Stack()
s.push(1)
s.push(2)
print(s.peek())
print([c.__name__ for c in Stack.__mro__])
print([b.__name__ for b in Stack.__bases__])
(T,) = Stack.__type_params__
print(T.__name__, Stack.__parameters__ == (T,))
print(type(Stack.__orig_bases__[0]).__name__, len(Stack.__orig_bases__))

class Base:
    pass

class Derived[K, V](Base):
    pass

print([c.__name__ for c in Derived.__mro__])
print(len(Derived.__type_params__), [p.__name__ for p in Derived.__parameters__])

class Plain:
    pass

print(Plain.__type_params__)
print("__parameters__" in Plain.__dict__)
