# super() in unusual places: explicit forms, class methods, static methods, outside classes.
class Base:
    def hello(self):
        return "Base.hello"

    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"


class Child(Base):
    def hello(self):
        return "Child+" + super().hello()

    def explicit(self):
        return super(Child, self).hello()

    @classmethod
    def create(cls):
        return "Child+" + super().create()

    @staticmethod
    def static():
        try:
            return super().hello()
        except RuntimeError as e:
            return f"RuntimeError: {e}"

    def in_nested_function(self):
        def inner():
            return super().hello()
        try:
            return inner()
        except RuntimeError as e:
            return f"RuntimeError: {e}"

    def in_comprehension(self):
        return [super().hello() for _ in range(1)]

    def in_lambda(self):
        return (lambda: super(Child, self).hello())()


c = Child()
print(c.hello(), c.explicit(), Child.create(), Child.static(), c.in_nested_function())
print(c.in_comprehension(), c.in_lambda())


def outside():
    return super().hello()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
print(super(Child, c).hello(), super(Child, Child).create(), type(super(Child, c)).__name__)
try:
    super(Child, 5)
except TypeError as e:
    print("TypeError:", e)


class Meta1(type):
    pass


class Meta2(type):
    pass


class A(metaclass=Meta1):
    pass


class B(metaclass=Meta2):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class D(object, metaclass=type):
    pass


class E():
    pass


print(D.__bases__, E.__bases__, type(D).__name__)
