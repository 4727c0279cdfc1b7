# An exception escaping nested generators: the traceback names each generator frame.
def inner():
    yield 1
    raise ValueError("deep in inner")

def outer():
    yield from inner()

for x in outer():
    print("got", x)
