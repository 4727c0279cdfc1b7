# yield as an expression in many positions.
def g():
    a = (yield)
    b = [(yield 1), (yield 2)]
    c = {"k": (yield 3)}
    d = f"{(yield 4)}"
    e = (yield 5) + (yield 6)
    print("values:", a, b, c, d, e)
    yield (yield 7) or "default"
    x = yield
    yield x


gen = g()
print(next(gen))
for v in ["A", "B", "C", "D", "E", 10, 20, None]:
    print("send", repr(v), "->", gen.send(v))
print(gen.send("X"))
print(next(gen, "exhausted"))


def lam_gen():
    return (lambda: (yield "from lambda"))()


print(list(lam_gen()))
