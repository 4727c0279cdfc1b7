# list operators: concatenation, repetition, comparison, membership, repr recursion.
a = [1, 2]
b = a + [3]
a += (4, 5)
print(a, b)
print([0] * 3, 3 * [1, 2], [1] * 0, [1] * -2, [] * 5)
c = [1, 2]
c *= 2
print(c)
c *= 0
print(c)
try:
    [] + ()
except TypeError as e:
    print(e)
try:
    [] * 'a'
except TypeError as e:
    print(e)
try:
    [1] * 2.0
except TypeError as e:
    print(e)
try:
    [] < ()
except TypeError as e:
    print(e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1], [] <= [], [3] >= [3, 0])
print([1, [2, 3]] == [1, [2, 3]])
n = 1e400 * 0
print([n] == [n], n in [n], [n].count(n), [n].index(n))
print(2 in [1, 2], 5 not in [1, 2], [1] in [[1]])
r = [1]
r.append(r)
print(r, repr(r))
d = {}
d['self'] = d
print(d)
t = (r, r)
print(t)
class Weird:
    def __eq__(self, other):
        print("eq called")
        return True
w = Weird()
print([w] == [1], [w].count(1), 1 in [w])
print(list((1, 2)), list('ab'), list({1: 2}), list(range(3)))
x = [3, 1]
x.__init__([7, 8])
print(x)
class L(list):
    pass
y = L([1, 2])
print(y, type(y).__name__, len(y), y + [3], type(y + [3]).__name__, type(y[:]).__name__, type(y * 2).__name__)
y.append(5)
print(y, isinstance(y, list), y == [1, 2, 5])
class L2(list):
    def __init__(self, a, b):
        super().__init__([a, b, a])
print(L2(1, 2))
print(list.__len__([1, 2]), list.__getitem__([1, 2], 1), [].__sizeof__() > 0)
print(list[int], list[int].__origin__, list[int].__args__, list[int]([1, 2]))
print((1, 2).__hash__() == (1, 2).__hash__(), ().__hash__(), (1,).__hash__(), (1, 2, 3).__hash__(), ((1, 2), (3, 4)).__hash__())
print(list.__hash__, (1, 2.5, -1, True).__hash__(), (-1,).__hash__(), ("",).__hash__() == ("",).__hash__())
try:
    (1, [2]).__hash__()
except TypeError as e:
    print(e)
