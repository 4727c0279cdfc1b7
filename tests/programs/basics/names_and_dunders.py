# Module-level dunder names and function/class metadata.
print(__name__)
print(type(__builtins__).__name__ if not isinstance(__builtins__, dict) else "dict")


def outer():
    def inner():
        pass
    return inner


print(outer.__name__, outer.__qualname__)
print(outer().__name__, outer().__qualname__)


class A:
    class B:
        def m(self):
            pass

    def n(self):
        return lambda: None


print(A.__qualname__, A.B.__qualname__, A.B.m.__qualname__)
print(A().n().__qualname__, A.__module__, outer.__module__)
print(outer.__code__.co_name, outer.__code__.co_argcount)
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
