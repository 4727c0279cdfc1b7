# Chained comparisons evaluate each operand once and short-circuit.
def v(name, value):
    print("eval", name)
    return value


print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 0) < v("c", 3))
print(v("a", 1) == v("b", 1) != v("c", 2) < v("d", 5))
print(v("a", 3) > v("b", 2) > v("c", 2))


class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"  {self.n} < {other.n}")
        return self.n < other.n

    def __bool__(self):
        print("  bool called")
        return True


r = Loud(1) < Loud(2) < Loud(3)
print(r)
if Loud(1) < Loud(2) < Loud(0):
    print("yes")
else:
    print("no")
x = 5
print(1 < x < 10 if x else None, [1 < i < 4 for i in range(6)])
print(not 1 < 2 < 3, (1 < 2) < 3, 1 < (2 < 3))
