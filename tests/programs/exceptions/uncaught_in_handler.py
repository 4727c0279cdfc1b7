# Exceptions in handlers of nested try statements and exception matching by class hierarchy.
class Base(Exception):
    pass


class Mid(Base):
    pass


class Leaf(Mid):
    pass


for exc in (Leaf, Mid, Base, Exception):
    try:
        raise exc("x")
    except Leaf:
        print(exc.__name__, "-> Leaf handler")
    except Mid:
        print(exc.__name__, "-> Mid handler")
    except Base:
        print(exc.__name__, "-> Base handler")
    except Exception:
        print(exc.__name__, "-> Exception handler")
handlers = (KeyError, ValueError)
try:
    raise ValueError
except handlers:
    print("caught via tuple variable")
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
empty = ()
try:
    try:
        raise ValueError("not matched by empty tuple")
    except empty:
        print("never")
except ValueError as e:
    print(e)
