# Generator functions: lazy execution, state, exhaustion.
def counter(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")


g = counter(3)
print("created")
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration:
    print("StopIteration after exhaustion")
print(next(counter(0), "default"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])
print(type(g).__name__, g.__name__, g.__qualname__, iter(g) is g)
