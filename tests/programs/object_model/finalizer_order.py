# Finalizers run depth first: what a __del__ frees is finalized before its siblings.
class N:
    def __init__(s, n, child=None): s.n = n; s.child = child
    def __del__(s): print("del", s.n)
x = [N(1, N("1c")), N(2, N("2c"))]
x = None
print("--")
class P:
    def __del__(s):
        print("P start")
        s.c = None
        print("P end")
p = P(); p.c = N("pc")
del p
print("end")
