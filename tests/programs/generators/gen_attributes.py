# Generator attributes: names, gi_code, gi_frame, gi_running, gi_suspended, gi_yieldfrom, type.
def outer():
    def g(a):
        yield a
        yield a + 1
    return g

g = outer()(1)
print(g.__name__, g.__qualname__)
print(type(g).__name__, type(g).__qualname__, type(g).__module__)
print(type(g.gi_code).__name__)
print(g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_yieldfrom)
g.__next__()
print(g.gi_running, g.gi_suspended, type(g.gi_frame).__name__)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
for x in g:
    pass
print(g.gi_running, g.gi_suspended, g.gi_frame)
print(g.__iter__() is g)
try:
    g.gi_running = True
except AttributeError as e:
    print("AttributeError:", e)
ge = (x for x in "ab")
print(ge.__name__, ge.__qualname__)
