# reprs of containers, recursion guards, and comparisons by identity then equality.
a = [1, 2]
a.append(a)
print(a, repr(a))
d = {"k": a}
d["d"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
s = [set(), frozenset({1}), {1: {2: [3]}}, (None, True, 1.5, "s'q", 'd"q')]
print(s, len(repr(s)))
print([1, [2, [3, [4]]]], {(): ()}, [{}], [()], [(1,)])
class R:
    def __repr__(self):
        return "R!"
print([R()], (R(),), {R(): R()}, {R()})
class E:
    def __eq__(self, other):
        print("eq called")
        return False
    __hash__ = object.__hash__
e = E()
print(e in [e], [e] == [e], (e,) == (e,), e in {e}, e in (1, e))
print([E()] == [E()])
nan = float("nan")
print(nan in [nan], [nan] == [nan], [1, 2] < [1, 3], [1] < [1, 0], [] == [], [1, 2] >= [1, 2])
print(list.__repr__([1]), tuple.__repr__((1,)), dict.__repr__({1: 2}))
deep = []
cur = deep
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(len(repr(deep)))
