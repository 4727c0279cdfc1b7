# PEP 479: StopIteration leaving a generator frame becomes RuntimeError; return values.
def leaks():
    yield 1
    raise StopIteration("explicit")

g = leaks()
print(g.__next__())
try:
    g.__next__()
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), e.__suppress_context__)

def inner_next():
    it = iter_empty()
    yield it.__next__()

def iter_empty():
    return
    yield

g = inner_next()
try:
    g.__next__()
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def returns(v):
    yield "first"
    return v

for v in [None, 0, "x", (1, 2)]:
    g = returns(v)
    g.__next__()
    try:
        g.__next__()
    except StopIteration as e:
        print("value", repr(e.value), e.args)

def catches_inside():
    try:
        raise StopIteration(3)
    except StopIteration as e:
        yield e.value

print([x for x in catches_inside()])

def subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop

try:
    for x in subclass():
        print(x)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
