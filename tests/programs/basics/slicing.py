# Slicing of sequences: all forms, assignment and deletion.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[::3], s[::-1], s[-3:], s[:-3], s[-3:-1], s[8:2:-2])
print(s[100:], s[-100:3], s[5:2], repr(s[5:2]), s[1:9:0] if False else "step zero skipped")
lst = list(range(10))
print(lst[2:8:2], lst[slice(1, 4)], lst[slice(None, None, -3)])
lst[2:4] = ["a", "b", "c"]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
del lst[1:3]
print(lst)
del lst[::3]
print(lst)
lst[:] = []
print(lst)
t = tuple(range(6))
print(t[1::2], t[::-2], t[-1:-7:-1])
b = b"bytes!"
print(b[1:4], b[::-1], b[0], b[-1:])
try:
    [1, 2, 3][::2] = [1]
except ValueError as e:
    print(e)
try:
    "abc"[::0]
except ValueError as e:
    print(e)
x = [0, 1, 2, 3, 4]
x[1:1] = [9, 9]
print(x)
x[-1:] = []
print(x)
print(s[1:-1][::-1][2:])
