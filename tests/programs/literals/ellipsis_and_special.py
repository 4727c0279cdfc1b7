# Ellipsis literal and special constants in expressions.
x = ...
print(x, x is Ellipsis, [...], (..., ...), {...: ...})
print(type(...), repr(...), str(...), bool(...))
a = [1, 2, 3]
print(a[...] if False else "list indexing by ... skipped")
class Indexer:
    def __getitem__(self, key):
        return key
i = Indexer()
print(i[...], i[..., 1], i[1:2, ...], i[:, ::2], i[1:2:3], i[()], i[1,], i[:])
