# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def gen():
    yield 1
    next(iter([]))


for value in gen():
    print("value", value)
