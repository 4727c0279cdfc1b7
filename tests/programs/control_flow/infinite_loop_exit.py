# while True loops left through break, return and exceptions.
def via_return():
    n = 0
    while True:
        n += 1
        if n == 3:
            return n


def via_exception():
    n = 0
    try:
        while 1:
            n += 1
            if n == 4:
                raise StopIteration(n)
    except StopIteration as e:
        return e.value


print(via_return(), via_exception())
it = iter([1, 2, 3])
while True:
    try:
        v = next(it)
    except StopIteration:
        print("exhausted")
        break
    print("got", v)
while "non-empty string":
    print("truthy constant loop")
    break
