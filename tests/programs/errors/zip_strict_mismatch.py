# An uncaught ValueError from zip(strict=True) over iterables of different lengths.
def pairs(a, b):
    return [x + y for x, y in zip(a, b, strict=True)]

print(pairs([1, 2], [10, 20]))
print(sorted(pairs(range(3), (5, 4, 3)), reverse=True))
pairs([1, 2, 3], [1, 2])
