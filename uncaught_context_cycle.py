# Exceptions whose context and cause point back at each other are printed once each.
a = ValueError("a")
b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        raise b
except TypeError:
    pass
a.__context__ = b
b.__cause__ = a
raise a
