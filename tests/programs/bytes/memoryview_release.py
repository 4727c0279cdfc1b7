def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'data')
with memoryview(ba) as m:
    print(m.tolist())
    t(lambda: ba.append(1))
t(lambda: m.tolist())
ba.append(33)
print(ba)
v = memoryview(ba)
w = v[1:]
v.release()
t(lambda: ba.append(1))
w.release()
t(lambda: ba.append(1))
print(ba)
for op in [lambda: v[0], lambda: len(v), lambda: v.tobytes(), lambda: v.obj, lambda: v.format,
           lambda: v.nbytes, lambda: v.readonly, lambda: v.shape, lambda: v.__hash__(),
           lambda: v.cast('b'), lambda: memoryview(v), lambda: v.hex(), lambda: v.__enter__()]:
    t(op)
t(lambda: v == v)
t(lambda: v == memoryview(b'x'))
t(lambda: v.release())
x = memoryview(ba)
del x
ba.append(0)
print(len(ba))
