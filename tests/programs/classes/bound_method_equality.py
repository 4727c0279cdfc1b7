# Bound methods compare by function and instance; descriptors on builtin types.
class C:
    def m(self):
        return 1


a, b = C(), C()
print(a.m == a.m, a.m == b.m, a.m is a.m, C.m is C.m, C.__dict__["m"] is C.m)
print([].append.__name__, type([].append).__name__, type(C.m).__name__, type(a.m).__name__)
print(str.upper("x"), str.__dict__["upper"].__name__, type(str.__dict__["upper"]).__name__)
print(int.__add__(2, 3), (5).__sub__(1), float.__mul__(2.0, 4))
