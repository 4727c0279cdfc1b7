from itertools import islice
for args in [(5,), (2, 5), (2, None), (0, 5, 2), (5, 3), (1, 9, 3), (0,), (3, 3), (8, 20), (1, None, 4)]:
    src = iter(range(10))
    got = list(islice(src, *args))
    print(args, got, next(src, 'end'))
src = iter(range(10)); s = islice(src, 1, 6, 2); print(next(s), next(s), next(src))
