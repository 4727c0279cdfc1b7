# list and tuple methods, with edge cases.
lst = [3, 1, 4, 1, 5, 9, 2, 6]
print(lst.count(1), lst.index(1), lst.index(1, 2), lst.index(5, 0, 5), lst[::-1], lst.copy() == lst)
lst.insert(100, "end")
lst.insert(-100, "start")
lst.insert(1, "second")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.extend(range(2))
lst.extend("xy")
lst += (9,)
print(lst)
lst.clear()
print(lst)
t = (1, 2, 2, 3)
print(t.count(2), t.index(3), t + (4,), t[1:], t * 2, tuple(reversed(t)), (1, [2]) == (1, [2]))
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    (1,).count()
except TypeError as e:
    print("TypeError:", e)
nested = [[3, 2], [1]]
nested.sort()
print(nested, sorted([(2, "b"), (1, "z"), (2, "a")]), [1, 2] * 0, [[]] * 2)
