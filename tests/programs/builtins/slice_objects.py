# slice objects: attributes, indices(), use in subscripts and custom __getitem__.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None, -1))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100).indices(3))
lst = list(range(10))
print(lst[s], lst[slice(None, None, -2)], "abcdef"[slice(2, None)], (1, 2, 3)[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), hash(slice(1, 2)) == hash(slice(1, 2)))


class Show:
    def __getitem__(self, key):
        return key


sh = Show()
print(sh[1:2], sh[::], sh[1:2, 3], sh[..., 1:], sh[:-1:], sh[None:None:None])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
