# Classes nested in classes and functions; qualified names.
class Outer:
    class Inner:
        class Deepest:
            def where(self):
                return type(self).__qualname__

        def make(self):
            return Outer.Inner.Deepest()

    def build(self):
        return self.Inner()


print(Outer().build().make().where())
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__name__, Outer.Inner.make.__qualname__)


def factory():
    class Local:
        pass
    return Local


L1 = factory()
L2 = factory()
print(L1.__qualname__, L1 is L2, L1.__name__ == L2.__name__)
