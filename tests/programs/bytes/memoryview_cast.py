def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'\x01\x02\x03\x04\xff\x80')
m = memoryview(ba)
b = m.cast('b')
print(b.format, b.tolist(), b[4], b[-1])
c = m.cast('c')
print(c.format, c.tolist(), c[0])
c[0] = b'A'
print(ba)
b[1] = -1
print(ba)
u = b.cast('B')
print(u.tolist(), u.format)
t(lambda: m.cast('@B').format)
t(lambda: m.cast('c', shape=[6]).tolist())
t(lambda: c.__setitem__(0, 1))
t(lambda: c.__setitem__(0, b'zz'))
t(lambda: b.__setitem__(0, 200))
t(lambda: b.__setitem__(0, 1.5))
t(lambda: m.cast('xx'))
t(lambda: m.cast('Z'))
t(lambda: m[::2].cast('b'))
t(lambda: m.cast(1))
t(lambda: memoryview(b'ab').cast('c').__hash__() == b'ab'.__hash__())
t(lambda: memoryview(b'ab').cast('c') == b'ab')
t(lambda: memoryview(b'ab').cast('b') == memoryview(b'ab'))
t(lambda: memoryview(b'\xff').cast('b') == memoryview(b'\xff'))
