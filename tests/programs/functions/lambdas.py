# Lambda expressions: defaults, closures, immediate calls, nesting, in data structures.
square = lambda x: x * x
add = lambda a, b=10: a + b
varargs = lambda *a, **k: (a, k)
print(square(7), add(1), add(1, 2), varargs(1, x=2), (lambda: "now")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
print(ops["+"](3, 4), ops["-"](3, 4))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda *, k: k)(k="kw"), (lambda a, /, b: a - b)(5, b=1))
print(square.__name__, square.__qualname__, (lambda: 0).__code__.co_name)
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(1))
cond = lambda x: "pos" if x > 0 else ("neg" if x < 0 else "zero")
print(cond(3), cond(-3), cond(0))
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
y = 5
f = lambda: y
y = 6
print(f())
print((lambda x: (yield x)) if False else "lambda generators skipped")
g = lambda: (yield 1)
print(list(g()))
