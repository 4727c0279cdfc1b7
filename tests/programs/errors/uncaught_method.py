# Tracebacks through methods, properties and operator overloads.
class Account:
    def __init__(self, balance):
        self.balance = balance

    @property
    def ratio(self):
        return 100 / self.balance

    def __add__(self, other):
        return Account(self.balance + other.balance)

    def report(self):
        return f"ratio {self.ratio}"


a = Account(10)
print(a.report())
b = a + Account(-10)
print(b.report())
