# yield from forwards send, throw and close to the sub-generator, and to plain iterators.
def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        y = yield "i2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "i-after-throw"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "o-end"

g = outer()
print(g.__next__())
print(g.send("a"))
print(g.throw(KeyError("k")))
print(g.__next__())

g = outer()
g.__next__()
print("yieldfrom is inner:", g.gi_yieldfrom.__name__)
g.close()
print("closed", g.gi_yieldfrom)

class Plain:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("plain done")
        return self.n

def over_plain():
    r = yield from Plain()
    yield r

print([x for x in over_plain()])

g = over_plain()
g.__next__()
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError:", e)

g = over_plain()
g.__next__()
try:
    g.throw(ValueError("into plain"))
except ValueError as e:
    print("ValueError passes through:", e)

class WithThrow(Plain):
    def throw(self, *args):
        print("WithThrow.throw got", len(args), "args")
        return "from throw"
    def close(self):
        print("WithThrow.close")

def over_with_throw():
    yield from WithThrow()

g = over_with_throw()
g.__next__()
print(g.throw(ValueError))
g.close()

def deep(n):
    if n == 0:
        x = yield "bottom"
        return x
    r = yield from deep(n - 1)
    return r + 1

g = deep(5)
print(g.__next__())
try:
    g.send(10)
except StopIteration as e:
    print("deep result", e.value)
