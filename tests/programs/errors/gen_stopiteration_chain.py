# PEP 479's RuntimeError, uncaught: the StopIteration is shown as its direct cause.
def gen():
    yield "a"
    raise StopIteration("leaked")

for x in gen():
    print(x)
