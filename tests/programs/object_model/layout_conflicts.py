# Instance lay-out conflicts between builtin bases and __slots__.
def attempt(label, make):
    try:
        t = make()
        print(label, "ok", [c.__name__ for c in t.__mro__])
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("int+str", lambda: type("IS", (int, str), {}))
attempt("list+dict", lambda: type("LD", (list, dict), {}))
attempt("int+Exception", lambda: type("IE", (int, Exception), {}))

class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class S3:
    __slots__ = ()
attempt("S1+S2", lambda: type("S12", (S1, S2), {}))
attempt("S1+S3", lambda: type("S13", (S1, S3), {}))

class E1(Exception): pass
class E2(ValueError): pass
attempt("E1+E2", lambda: type("EE", (E1, E2), {}))

class L(list): pass
attempt("L+object", lambda: type("LO", (L, object), {}))

attempt("bool", lambda: type("B", (bool,), {}))
attempt("function", lambda: type("F", (type(attempt),), {}))
attempt("not a class", lambda: type("N", (1,), {}))
