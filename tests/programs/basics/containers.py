# Basic container operations: list, tuple, dict, set.
lst = [3, 1, 2]
lst.append(4)
lst.extend([5, 6])
lst.insert(0, 0)
print(lst, len(lst), lst[0], lst[-1], lst[1:3], lst[::2], lst[::-1])
print(lst.pop(), lst.pop(0), lst, lst.index(2), lst.count(1))
lst.remove(1)
lst.sort()
print(lst)
lst.reverse()
print(lst, 2 in lst, 9 not in lst)
t = (1, "a", None)
print(t, t[1], len(t), t + (2,), t * 2, (1,), ())
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, d["a"], d.get("z"), d.get("z", 0), list(d), list(d.values()), list(d.items()))
print(d.pop("b"), d, d.setdefault("e", 5), d)
del d["a"]
print(d, "c" in d, len(d))
s = {3, 1, 2}
s.add(4)
s.discard(10)
print(sorted(s), s & {1, 2}, s | {9}, s - {1}, s ^ {1, 10}, {1, 2} <= s, len(s))
nested = [[1, 2], [3, [4, 5]], {"k": (6, 7)}]
print(nested[1][1][0], nested[2]["k"][1])
a = [1, 2, 3]
b = a
b += [4]
print(a)
c = (1, 2)
e = c
e += (3,)
print(c, e)
