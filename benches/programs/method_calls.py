# Method calls: plain, inherited, overridden with super(), classmethods, staticmethods, bound.
class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def add(self, k):
        return self.v + k

    @classmethod
    def make(cls, v):
        return cls(v)

    @staticmethod
    def twice(x):
        return x * 2


class Derived(Base):
    def add(self, k):
        return super().add(k) + 1


def run(n):
    objs = [Base(1), Derived(2)]
    total = 0
    for i in range(n):
        o = objs[i & 1]
        total += o.get() + o.add(i) + Base.twice(i)
        f = o.get
        total += f()
    for i in range(n // 10):
        total += Derived.make(i).add(1)
    return total


print(run(600_000))
