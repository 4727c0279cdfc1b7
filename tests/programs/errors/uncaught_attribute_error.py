# AttributeError with a suggestion ("Did you mean").
class Person:
    def __init__(self):
        self.name = "Ann"


p = Person()
print(p.name)
print(p.nme)
