# TypeVar, ParamSpec, TypeVarTuple objects made by PEP 695 syntax: names, reprs, lazy bounds.
def f[T, *Ts, **P](): pass

T, Ts, P = f.__type_params__
print(type(T).__name__, type(Ts).__name__, type(P).__name__)
print(T.__name__, Ts.__name__, P.__name__)
print(repr(T), repr(Ts), repr(P))
print(T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(P.__bound__, P.__infer_variance__)
print(repr(P.args), repr(P.kwargs), P.args.__origin__ is P, type(P.args).__name__)
print(P.args == P.args, P.kwargs == P.args)

def g[B: Later, C: (int, str)](): pass

B, C = g.__type_params__

class Later:
    pass

print(B.__bound__.__name__, C.__constraints__)
print(C.__bound__, B.__constraints__)

def h[X: Missing](): pass

(X,) = h.__type_params__
try:
    X.__bound__
except NameError as e:
    print("NameError:", e)

class K[U]:
    def m[V](self): pass

(U,) = K.__type_params__
(V,) = K.m.__type_params__
print(U.__name__, V.__name__, K.__type_params__ == (U,), U is not V)
print(f.__type_params__ is f.__type_params__)

def plain(): pass
print(plain.__type_params__)
try:
    T.__name__ = "other"
except AttributeError as e:
    print("AttributeError:", e)
