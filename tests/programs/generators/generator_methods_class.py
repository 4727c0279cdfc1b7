# Generator methods in classes and __iter__ implemented as a generator.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)


t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), sum(t), max(t))
print(list(t.depth_first()))


class Squares:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return (i * i for i in range(self.n))


s = Squares(4)
print(list(s), list(s), 9 in s)
