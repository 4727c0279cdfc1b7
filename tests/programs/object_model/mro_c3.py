# C3 linearization of diamond and deeper hierarchies, mro() and __mro__.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

def names(t):
    return [c.__name__ for c in t.__mro__]

print(names(Z))
print(names(K1), names(K2), names(K3))
print(Z.mro() == list(Z.__mro__))
print(Z.__bases__ == (K1, K2, K3), Z.__base__ is K1)

try:
    class Bad(A, K1): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)

class X: pass
class Y(X): pass
try:
    class W(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
class W2(Y, X): pass
print(names(W2))
