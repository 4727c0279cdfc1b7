# for loops over generators (resumed directly by the loop): values, an early break, an
# exception raised inside, a return value dropped, a generator that is already running, the
# exception state seen inside, and a finished generator iterated again.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print([x for x in count(4)])
total = 0
for x in count(10):
    if x == 6:
        break
    total += x
print(total)


def boom():
    yield 1
    raise KeyError("inside")


try:
    for v in boom():
        print("got", v)
except KeyError as e:
    print("KeyError", e)


def self_iter():
    yield next(g)


g = self_iter()
try:
    for _ in g:
        pass
except ValueError as e:
    print("ValueError:", e)


def sees_handled():
    import sys
    yield sys.exception()
    try:
        raise IndexError("own")
    except IndexError:
        yield sys.exception()
    yield sys.exception()


try:
    raise RuntimeError("outer")
except RuntimeError:
    for e in sees_handled():
        print(repr(e))

gen = count(2)
print(list(gen), list(gen))
for x in gen:
    print("never")


def nested(n):
    for a in count(n):
        for b in count(a):
            yield a * b


print(sum(nested(30)))


def stop_inside():
    yield 1
    raise StopIteration("converted")


try:
    for v in stop_inside():
        print(v)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
