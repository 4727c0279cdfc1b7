# Functions that become generators because of yield, even unreachable yield.
def gen():
    if False:
        yield
    return "done"


def normal():
    return "value"


g = gen()
print(type(g).__name__, type(normal()).__name__)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)


def yields_in_loop(n):
    for i in range(n):
        yield i * i


print(list(yields_in_loop(5)), sum(yields_in_loop(4)))
print(gen.__code__.co_flags & 0x20 != 0, normal.__code__.co_flags & 0x20 != 0)
