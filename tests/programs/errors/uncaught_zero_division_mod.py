# An uncaught ZeroDivisionError from a modulo deep in a call chain.


def bucket(value, width):
    return value % width


def spread(values, width):
    out = []
    for v in values:
        out.append(bucket(v, width))
    return out


print(spread([7, -7, 10**30], 3))
print(spread([1.5, -2.5], 2))
print(spread([4, 5], 0))
