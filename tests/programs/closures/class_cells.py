# __class__ cells, zero-argument super(), and class-body name resolution.
class Base:
    def greet(self):
        return "Base.greet"

    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"


class Child(Base):
    def greet(self):
        return "Child+" + super().greet()

    def which_class(self):
        return __class__.__name__

    @classmethod
    def make(cls):
        return "Child+" + super().make()

    def nested(self):
        def inner():
            return __class__
        return inner().__name__

    def lam(self):
        return (lambda: super(Child, self).greet())()


class Grand(Child):
    def greet(self):
        return "Grand+" + super().greet()


g = Grand()
print(g.greet(), g.which_class(), Grand.make(), g.nested(), g.lam())


class UsesClassCell:
    def method(self):
        return __class__

    x = 1


print(UsesClassCell().method() is UsesClassCell)


def func_in_class_body():
    class Local:
        value = 10

        def get(self):
            return self.value + outer_var
    outer_var = 5
    return Local().get()


print(func_in_class_body())


class Shadow:
    y = "class y"

    def method(self):
        return y


y = "global y"
print(Shadow().method())


class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        return cls


class WithMeta(metaclass=Meta):
    def m(self):
        return __class__.__name__


print(WithMeta().m())
