# Objects still referenced from the module namespace are finalized at exit, in namespace order.
class N:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
a = N("a")
b = [N("b1"), N("b2")]
c = {"k": N("c")}
def f(): pass
f.attr = N("fattr")
