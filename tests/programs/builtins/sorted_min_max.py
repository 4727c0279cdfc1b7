# sorted, list.sort, min and max with key/default/reverse, stability.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted("hello"), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}), sorted([]), sorted([3, 1], reverse=True))
print(min(3, 1, 2), max("abc"), min([4, 5], key=lambda x: -x), max([], default="empty"), min((), default=None))
print(max([1, 3, 3], key=lambda x: x), max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc"], key=len))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
lst = [5, 2, 9, 1]
lst.sort()
print(lst)
lst.sort(key=lambda x: -x)
print(lst)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError:", e)
print(max(1, 2, key=None), min("b", "a", "c"), max(True, 2, 1.5), min(-0.0, 0.0), max(0.0, -0.0))
