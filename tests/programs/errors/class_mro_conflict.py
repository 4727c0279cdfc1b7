# An uncaught TypeError from a class statement whose bases have no consistent MRO.
class A: pass
class B(A): pass
print("before")
class C(A, B): pass
