# Rich comparison methods for sorting, equality and hashing.
class V:
    def __init__(self, x):
        self.x = x

    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x

    def __lt__(self, o):
        return self.x < o.x

    def __le__(self, o):
        return self.x <= o.x

    def __hash__(self):
        return hash(self.x)

    def __repr__(self):
        return f"V({self.x})"


vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), max(vs), V(1) == V(1), V(1) != V(2), V(2) > V(1), V(2) >= V(2))
print(len({V(1), V(1), V(2)}), V(1) in [V(1)], vs.index(V(2)), {V(5): "five"}[V(5)])


class NoHash:
    def __eq__(self, o):
        return True


try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash() == 3, NoHash() != 3, NoHash.__hash__)
