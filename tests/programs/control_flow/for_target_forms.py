# for-loop targets: tuples, lists, starred, attributes, subscripts, nested.
pairs = [(1, "one"), (2, "two")]
for n, name in pairs:
    print(n, name)
for [n, name] in pairs:
    print(name, n)
for (a, (b, c)) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for first, *rest in [[1, 2, 3], [4]]:
    print(first, rest)
for *init, last in ["xyz", "q"]:
    print(init, last)


class NS:
    pass


ns = NS()
store = [None, None]
for ns.value, store[1] in [(10, 20), (30, 40)]:
    print(ns.value, store)
for i, in [(1,), (2,)]:
    print("single-element tuple target", i)
