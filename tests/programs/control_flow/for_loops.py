# for loops over many iterables, with else, break and continue.
for c in "abc":
    print(c, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print("loop", i)
else:
    print("no")
for i in []:
    print("never")
else:
    print("else of empty loop")
for i in range(3):
    pass
else:
    print("else after full loop, i =", i)
for x in (1, 2, 3):
    for y in (1, 2, 3):
        if x * y == 4:
            print("found", x, y)
            break
    else:
        continue
    break
lst = [1, 2, 3]
for item in lst:
    if item == 2:
        lst.append(4)
    print("item", item)
for i, (a, b) in enumerate(zip("ab", "cd"), start=1):
    print(i, a, b)


class Holder:
    pass


h = Holder()
d = {}
for h.attr in range(3):
    pass
for d["key"] in "xy":
    pass
print(h.attr, d)
