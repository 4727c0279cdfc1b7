def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b'abcdef')
print(type(m).__name__, len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes)
print(m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(m.tobytes(), m.tolist(), m.hex(), m.hex(':', 2), m.obj)
s = m[1:5]
print(s.tobytes(), len(s), s[0], s.nbytes)
r = m[::-2]
print(r.tobytes(), r.strides, r.contiguous, r.tolist())
print(m == b'abcdef', m == bytearray(b'abcdef'), m == memoryview(b'abcdef'), m == 'abcdef', m != b'x')
print(m.__hash__() == b'abcdef'.__hash__())
for x in memoryview(b'hi'):
    print(x)
t(lambda: m[6])
t(lambda: m[-7])
t(lambda: m['a'])
t(lambda: m[0, 1])
t(lambda: m[...] is m)
t(lambda: m < m)
t(lambda: m.tobytes('X'))
t(lambda: m.tobytes('C'))
t(lambda: m.toreadonly().readonly)
t(lambda: memoryview('text'))
t(lambda: memoryview(5))
t(lambda: memoryview(b'a', b'b'))
t(lambda: memoryview(object=b'kw').tolist())
t(lambda: memoryview(memoryview(b'nested')).tobytes())
t(lambda: bytes(memoryview(b'abc')[1:]))
t(lambda: bytearray(memoryview(b'abc')))
