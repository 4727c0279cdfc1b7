# Tracebacks inside lambdas, comprehensions (inlined) and nested functions.
items = [3, 2, 1, 0]
inverse = lambda v: 12 // v
print([inverse(i) for i in items])
