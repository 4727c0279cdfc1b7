def t(f):
    try:
        r = f()
        print('memobj' if type(r) is memoryview else repr(r))
    except Exception as e:
        print(type(e).__name__, e)
src = bytearray(bytes(range(0, 256, 7)) + bytes(range(100, 124)))
src = src[:32]
m = memoryview(src).cast('b')
t(lambda: m.format)
t(lambda: m.itemsize)
t(lambda: m.nbytes)
t(lambda: m.shape)
t(lambda: m.strides)
t(lambda: m.tolist())
t(lambda: m[0])
t(lambda: m[-1])
t(lambda: m[1:3].tolist())
t(lambda: m[::-2].tolist())
t(lambda: m[::2].strides)
t(lambda: m.tobytes())
t(lambda: m.hex())
t(lambda: len(m))
t(lambda: m == memoryview(src))
t(lambda: m == m.tobytes())
t(lambda: m.cast('B').tolist()[:4])
t(lambda: m[::2].cast('B'))
t(lambda: m.toreadonly().tolist() == m.tolist())
def s():
    m[0] = 0
    return m[0]
t(s)
def s():
    m[0] = 1
    return m[0]
t(s)
def s():
    m[0] = -1
    return m[0]
t(s)
def s():
    m[0] = 255
    return m[0]
t(s)
def s():
    m[0] = 256
    return m[0]
t(s)
def s():
    m[0] = 65535
    return m[0]
t(s)
def s():
    m[0] = 2**31
    return m[0]
t(s)
def s():
    m[0] = -2**31
    return m[0]
t(s)
def s():
    m[0] = 2**63
    return m[0]
t(s)
def s():
    m[0] = 1.5
    return m[0]
t(s)
def s():
    m[0] = True
    return m[0]
t(s)
def s():
    m[0] = b'x'
    return m[0]
t(s)
def s():
    m[0] = b'xy'
    return m[0]
t(s)
def s():
    m[0] = None
    return m[0]
t(s)
def s():
    m[0] = 2**64
    return m[0]
t(s)
m = memoryview(src).cast('h')
t(lambda: m.format)
t(lambda: m.itemsize)
t(lambda: m.nbytes)
t(lambda: m.shape)
t(lambda: m.strides)
t(lambda: m.tolist())
t(lambda: m[0])
t(lambda: m[-1])
t(lambda: m[1:3].tolist())
t(lambda: m[::-2].tolist())
t(lambda: m[::2].strides)
t(lambda: m.tobytes())
t(lambda: m.hex())
t(lambda: len(m))
t(lambda: m == memoryview(src))
t(lambda: m == m.tobytes())
t(lambda: m.cast('B').tolist()[:4])
t(lambda: m[::2].cast('B'))
t(lambda: m.toreadonly().tolist() == m.tolist())
def s():
    m[0] = 0
    return m[0]
t(s)
def s():
    m[0] = 1
    return m[0]
t(s)
def s():
    m[0] = -1
    return m[0]
t(s)
def s():
    m[0] = 255
    return m[0]
t(s)
def s():
    m[0] = 256
    return m[0]
t(s)
def s():
    m[0] = 65535
    return m[0]
t(s)
def s():
    m[0] = 2**31
    return m[0]
t(s)
def s():
    m[0] = -2**31
    return m[0]
t(s)
def s():
    m[0] = 2**63
    return m[0]
t(s)
def s():
    m[0] = 1.5
    return m[0]
t(s)
def s():
    m[0] = True
    return m[0]
t(s)
def s():
    m[0] = b'x'
    return m[0]
t(s)
def s():
    m[0] = b'xy'
    return m[0]
t(s)
def s():
    m[0] = None
    return m[0]
t(s)
def s():
    m[0] = 2**64
    return m[0]
t(s)
m = memoryview(src).cast('H')
t(lambda: m.format)
t(lambda: m.itemsize)
t(lambda: m.nbytes)
t(lambda: m.shape)
t(lambda: m.strides)
t(lambda: m.tolist())
t(lambda: m[0])
t(lambda: m[-1])
t(lambda: m[1:3].tolist())
t(lambda: m[::-2].tolist())
t(lambda: m[::2].strides)
t(lambda: m.tobytes())
t(lambda: m.hex())
t(lambda: len(m))
t(lambda: m == memoryview(src))
t(lambda: m == m.tobytes())
t(lambda: m.cast('B').tolist()[:4])
t(lambda: m[::2].cast('B'))
t(lambda: m.toreadonly().tolist() == m.tolist())
def s():
    m[0] = 0
    return m[0]
t(s)
def s():
    m[0] = 1
    return m[0]
t(s)
def s():
    m[0] = -1
    return m[0]
t(s)
def s():
    m[0] = 255
    return m[0]
t(s)
def s():
    m[0] = 256
    return m[0]
t(s)
def s():
    m[0] = 65535
    return m[0]
t(s)
def s():
    m[0] = 2**31
    return m[0]
t(s)
def s():
    m[0] = -2**31
    return m[0]
t(s)
def s():
    m[0] = 2**63
    return m[0]
t(s)
def s():
    m[0] = 1.5
    return m[0]
t(s)
def s():
    m[0] = True
    return m[0]
t(s)
def s():
    m[0] = b'x'
    return m[0]
t(s)
def s():
    m[0] = b'xy'
    return m[0]
t(s)
def s():
    m[0] = None
    return m[0]
t(s)
def s():
    m[0] = 2**64
    return m[0]
t(s)
m = memoryview(src).cast('i')
t(lambda: m.format)
t(lambda: m.itemsize)
t(lambda: m.nbytes)
t(lambda: m.shape)
t(lambda: m.strides)
t(lambda: m.tolist())
t(lambda: m[0])
t(lambda: m[-1])
t(lambda: m[1:3].tolist())
t(lambda: m[::-2].tolist())
t(lambda: m[::2].strides)
t(lambda: m.tobytes())
t(lambda: m.hex())
t(lambda: len(m))
t(lambda: m == memoryview(src))
t(lambda: m == m.tobytes())
t(lambda: m.cast('B').tolist()[:4])
t(lambda: m[::2].cast('B'))
t(lambda: m.toreadonly().tolist() == m.tolist())
def s():
    m[0] = 0
    return m[0]
t(s)
def s():
    m[0] = 1
    return m[0]
t(s)
def s():
    m[0] = -1
    return m[0]
t(s)
def s():
    m[0] = 255
    return m[0]
t(s)
def s():
    m[0] = 256
    return m[0]
t(s)
def s():
    m[0] = 65535
    return m[0]
t(s)
def s():
    m[0] = 2**31
    return m[0]
t(s)
def s():
    m[0] = -2**31
    return m[0]
t(s)
def s():
    m[0] = 2**63
    return m[0]
t(s)
def s():
    m[0] = 1.5
    return m[0]
t(s)
def s():
    m[0] = True
    return m[0]
t(s)
def s():
    m[0] = b'x'
    return m[0]
t(s)
def s():
    m[0] = b'xy'
    return m[0]
t(s)
def s():
    m[0] = None
    return m[0]
t(s)
def s():
    m[0] = 2**64
    return m[0]
t(s)
m = memoryview(src).cast('q')
t(lambda: m.format)
t(lambda: m.itemsize)
t(lambda: m.nbytes)
t(lambda: m.shape)
t(lambda: m.strides)
t(lambda: m.tolist())
t(lambda: m[0])
t(lambda: m[-1])
t(lambda: m[1:3].tolist())
t(lambda: m[::-2].tolist())
t(lambda: m[::2].strides)
t(lambda: m.tobytes())
t(lambda: m.hex())
t(lambda: len(m))
t(lambda: m == memoryview(src))
t(lambda: m == m.tobytes())
t(lambda: m.cast('B').tolist()[:4])
t(lambda: m[::2].cast('B'))
t(lambda: m.toreadonly().tolist() == m.tolist())
def s():
    m[0] = 0
    return m[0]
t(s)
def s():
    m[0] = 1
    return m[0]
t(s)
def s():
    m[0] = -1
    return m[0]
t(s)
def s():
    m[0] = 255
    return m[0]
t(s)
def s():
    m[0] = 256
    return m[0]
t(s)
def s():
    m[0] = 65535
    return m[0]
t(s)
def s():
    m[0] = 2**31
    return m[0]
t(s)
def s():
    m[0] = -2**31
    return m[0]
t(s)
def s():
    m[0] = 2**63
    return m[0]
t(s)
def s():
    m[0] = 1.5
    return m[0]
t(s)
def s():
    m[0] = True
    return m[0]
t(s)
def s():
    m[0] = b'x'
    return m[0]
t(s)
def s():
    m[0] = b'xy'
    return m[0]
t(s)
def s():
    m[0] = None
    return m[0]
t(s)
def s():
    m[0] = 2**64
    return m[0]
t(s)
m = memoryview(src).cast('Q')
t(lambda: m.format)
t(lambda: m.itemsize)
t(lambda: m.nbytes)
t(lambda: m.shape)
t(lambda: m.strides)
t(lambda: m.tolist())
t(lambda: m[0])
t(lambda: m[-1])
t(lambda: m[1:3].tolist())
t(lambda: m[::-2].tolist())
t(lambda: m[::2].strides)
t(lambda: m.tobytes())
t(lambda: m.hex())
t(lambda: len(m))
t(lambda: m == memoryview(src))
t(lambda: m == m.tobytes())
t(lambda: m.cast('B').tolist()[:4])
t(lambda: m[::2].cast('B'))
t(lambda: m.toreadonly().tolist() == m.tolist())
def s():
    m[0] = 0
    return m[0]
t(s)
def s():
    m[0] = 1
    return m[0]
t(s)
def s():
    m[0] = -1
    return m[0]
t(s)
def s():
    m[0] = 255
    return m[0]
t(s)
def s():
    m[0] = 256
    return m[0]
t(s)
def s():
    m[0] = 65535
    return m[0]
t(s)
def s():
    m[0] = 2**31
    return m[0]
t(s)
def s():
    m[0] = -2**31
    return m[0]
t(s)
def s():
    m[0] = 2**63
    return m[0]
t(s)
def s():
    m[0] = 1.5
    return m[0]
t(s)
def s():
    m[0] = True
    return m[0]
t(s)
def s():
    m[0] = b'x'
    return m[0]
t(s)
def s():
    m[0] = b'xy'
    return m[0]
t(s)
def s():
    m[0] = None
    return m[0]
t(s)
def s():
    m[0] = 2**64
    return m[0]
t(s)
m = memoryview(src).cast('f')
t(lambda: m.format)
t(lambda: m.itemsize)
t(lambda: m.nbytes)
t(lambda: m.shape)
t(lambda: m.strides)
t(lambda: m.tolist())
t(lambda: m[0])
t(lambda: m[-1])
t(lambda: m[1:3].tolist())
t(lambda: m[::-2].tolist())
t(lambda: m[::2].strides)
t(lambda: m.tobytes())
t(lambda: m.hex())
t(lambda: len(m))
t(lambda: m == memoryview(src))
t(lambda: m == m.tobytes())
t(lambda: m.cast('B').tolist()[:4])
t(lambda: m[::2].cast('B'))
t(lambda: m.toreadonly().tolist() == m.tolist())
def s():
    m[0] = 0
    return m[0]
t(s)
def s():
    m[0] = 1
    return m[0]
t(s)
def s():
    m[0] = -1
    return m[0]
t(s)
def s():
    m[0] = 255
    return m[0]
t(s)
def s():
    m[0] = 256
    return m[0]
t(s)
def s():
    m[0] = 65535
    return m[0]
t(s)
def s():
    m[0] = 2**31
    return m[0]
t(s)
def s():
    m[0] = -2**31
    return m[0]
t(s)
def s():
    m[0] = 2**63
    return m[0]
t(s)
def s():
    m[0] = 1.5
    return m[0]
t(s)
def s():
    m[0] = True
    return m[0]
t(s)
def s():
    m[0] = b'x'
    return m[0]
t(s)
def s():
    m[0] = b'xy'
    return m[0]
t(s)
def s():
    m[0] = None
    return m[0]
t(s)
def s():
    m[0] = 2**64
    return m[0]
t(s)
m = memoryview(src).cast('d')
t(lambda: m.format)
t(lambda: m.itemsize)
t(lambda: m.nbytes)
t(lambda: m.shape)
t(lambda: m.strides)
t(lambda: m.tolist())
t(lambda: m[0])
t(lambda: m[-1])
t(lambda: m[1:3].tolist())
t(lambda: m[::-2].tolist())
t(lambda: m[::2].strides)
t(lambda: m.tobytes())
t(lambda: m.hex())
t(lambda: len(m))
t(lambda: m == memoryview(src))
t(lambda: m == m.tobytes())
t(lambda: m.cast('B').tolist()[:4])
t(lambda: m[::2].cast('B'))
t(lambda: m.toreadonly().tolist() == m.tolist())
def s():
    m[0] = 0
    return m[0]
t(s)
def s():
    m[0] = 1
    return m[0]
t(s)
def s():
    m[0] = -1
    return m[0]
t(s)
def s():
    m[0] = 255
    return m[0]
t(s)
def s():
    m[0] = 256
    return m[0]
t(s)
def s():
    m[0] = 65535
    return m[0]
t(s)
def s():
    m[0] = 2**31
    return m[0]
t(s)
def s():
    m[0] = -2**31
    return m[0]
t(s)
def s():
    m[0] = 2**63
    return m[0]
t(s)
def s():
    m[0] = 1.5
    return m[0]
t(s)
def s():
    m[0] = True
    return m[0]
t(s)
def s():
    m[0] = b'x'
    return m[0]
t(s)
def s():
    m[0] = b'xy'
    return m[0]
t(s)
def s():
    m[0] = None
    return m[0]
t(s)
def s():
    m[0] = 2**64
    return m[0]
t(s)
m = memoryview(src).cast('?')
t(lambda: m.format)
t(lambda: m.itemsize)
t(lambda: m.nbytes)
t(lambda: m.shape)
t(lambda: m.strides)
t(lambda: m.tolist())
t(lambda: m[0])
t(lambda: m[-1])
t(lambda: m[1:3].tolist())
t(lambda: m[::-2].tolist())
t(lambda: m[::2].strides)
t(lambda: m.tobytes())
t(lambda: m.hex())
t(lambda: len(m))
t(lambda: m == memoryview(src))
t(lambda: m == m.tobytes())
t(lambda: m.cast('B').tolist()[:4])
t(lambda: m[::2].cast('B'))
t(lambda: m.toreadonly().tolist() == m.tolist())
def s():
    m[0] = 0
    return m[0]
t(s)
def s():
    m[0] = 1
    return m[0]
t(s)
def s():
    m[0] = -1
    return m[0]
t(s)
def s():
    m[0] = 255
    return m[0]
t(s)
def s():
    m[0] = 256
    return m[0]
t(s)
def s():
    m[0] = 65535
    return m[0]
t(s)
def s():
    m[0] = 2**31
    return m[0]
t(s)
def s():
    m[0] = -2**31
    return m[0]
t(s)
def s():
    m[0] = 2**63
    return m[0]
t(s)
def s():
    m[0] = 1.5
    return m[0]
t(s)
def s():
    m[0] = True
    return m[0]
t(s)
def s():
    m[0] = b'x'
    return m[0]
t(s)
def s():
    m[0] = b'xy'
    return m[0]
t(s)
def s():
    m[0] = None
    return m[0]
t(s)
def s():
    m[0] = 2**64
    return m[0]
t(s)
m = memoryview(src).cast('P')
t(lambda: m.format)
t(lambda: m.itemsize)
t(lambda: m.nbytes)
t(lambda: m.shape)
t(lambda: m.strides)
t(lambda: m.tolist())
t(lambda: m[0])
t(lambda: m[-1])
t(lambda: m[1:3].tolist())
t(lambda: m[::-2].tolist())
t(lambda: m[::2].strides)
t(lambda: m.tobytes())
t(lambda: m.hex())
t(lambda: len(m))
t(lambda: m == memoryview(src))
t(lambda: m == m.tobytes())
t(lambda: m.cast('B').tolist()[:4])
t(lambda: m[::2].cast('B'))
t(lambda: m.toreadonly().tolist() == m.tolist())
def s():
    m[0] = 0
    return m[0]
t(s)
def s():
    m[0] = 1
    return m[0]
t(s)
def s():
    m[0] = -1
    return m[0]
t(s)
def s():
    m[0] = 255
    return m[0]
t(s)
def s():
    m[0] = 256
    return m[0]
t(s)
def s():
    m[0] = 65535
    return m[0]
t(s)
def s():
    m[0] = 2**31
    return m[0]
t(s)
def s():
    m[0] = -2**31
    return m[0]
t(s)
def s():
    m[0] = 2**63
    return m[0]
t(s)
def s():
    m[0] = 1.5
    return m[0]
t(s)
def s():
    m[0] = True
    return m[0]
t(s)
def s():
    m[0] = b'x'
    return m[0]
t(s)
def s():
    m[0] = b'xy'
    return m[0]
t(s)
def s():
    m[0] = None
    return m[0]
t(s)
def s():
    m[0] = 2**64
    return m[0]
t(s)
m = memoryview(src).cast('@i')
t(lambda: m.format)
t(lambda: m.itemsize)
t(lambda: m.nbytes)
t(lambda: m.shape)
t(lambda: m.strides)
t(lambda: m.tolist())
t(lambda: m[0])
t(lambda: m[-1])
t(lambda: m[1:3].tolist())
t(lambda: m[::-2].tolist())
t(lambda: m[::2].strides)
t(lambda: m.tobytes())
t(lambda: m.hex())
t(lambda: len(m))
t(lambda: m == memoryview(src))
t(lambda: m == m.tobytes())
t(lambda: m.cast('B').tolist()[:4])
t(lambda: m[::2].cast('B'))
t(lambda: m.toreadonly().tolist() == m.tolist())
def s():
    m[0] = 0
    return m[0]
t(s)
def s():
    m[0] = 1
    return m[0]
t(s)
def s():
    m[0] = -1
    return m[0]
t(s)
def s():
    m[0] = 255
    return m[0]
t(s)
def s():
    m[0] = 256
    return m[0]
t(s)
def s():
    m[0] = 65535
    return m[0]
t(s)
def s():
    m[0] = 2**31
    return m[0]
t(s)
def s():
    m[0] = -2**31
    return m[0]
t(s)
def s():
    m[0] = 2**63
    return m[0]
t(s)
def s():
    m[0] = 1.5
    return m[0]
t(s)
def s():
    m[0] = True
    return m[0]
t(s)
def s():
    m[0] = b'x'
    return m[0]
t(s)
def s():
    m[0] = b'xy'
    return m[0]
t(s)
def s():
    m[0] = None
    return m[0]
t(s)
def s():
    m[0] = 2**64
    return m[0]
t(s)
