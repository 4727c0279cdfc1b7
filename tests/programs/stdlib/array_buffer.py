from array import array
class BytesIO:
    def __init__(self, data=b''): self.data = bytearray(data); self.pos = 0
    def write(self, b): self.data += b; return len(b)
    def read(self, n):
        r = bytes(self.data[self.pos:self.pos + n]); self.pos += len(r); return r
    def seek(self, p): self.pos = p
    def getvalue(self): return bytes(self.data)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a = array('h', [1, -2, 300])
print(bytes(a), bytearray(a), b''.join([a, b'!']), len(bytes(array('d', [1.0]))))
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m.readonly, m[1], m.tolist(), m[::-1].tolist(), m.tobytes() == a.tobytes())
m[0] = 7; print(a)
m[1:3] = array('h', [8, 9]); print(a)
t(lambda: a.append(1))
t(lambda: a.extend([1]))
t(lambda: a.pop())
t(lambda: a.frombytes(b'\x00\x00'))
a[0] = 5; print(a, m[0])
print(m == a, m == array('h', [5, 8, 9]), m == array('i', [5, 8, 9]), m == array('h', [5]))
m.release(); a.append(10); print(a)
with memoryview(a) as m2:
    print(m2.cast('B').tolist()[:4])
a.append(11); print(a)
print(memoryview(array('d', [0.5, 1.5])).tolist(), memoryview(array('Q', [2**64 - 1]))[0], memoryview(array('b', [-1])).cast('B')[0])
f = BytesIO(); array('i', [1, 2, 3]).tofile(f); print(f.getvalue())
b = array('i'); f.seek(0); b.fromfile(f, 2); print(b)
t(lambda: b.fromfile(f, 5)); print(b)
f.seek(0); t(lambda: b.fromfile(f, -1))
f = BytesIO(b'\x01\x00\x00\x00\x02\x00'); c = array('i'); t(lambda: c.fromfile(f, 2)); print(c)
class R:
    def read(self, n): return 'abcd'
t(lambda: array('i').fromfile(R(), 1))
t(lambda: array('i', [1]).tofile(5))
t(lambda: array('i').fromfile(5, 0))
print(array('i', [1, 2]) == array('i', [1, 2]), array('d', [float('nan')]) == array('d', [float('nan')]), float('nan') in array('d', [float('nan')]), array('d', [float('nan')]).count(float('nan')))
a = array('i', [1, 2, 3]); a[:] = a; print(a); a[1:] = a; print(a); a[::-1] = a; print(a)
del a[1:3]; print(a); del a[::-2]; print(a); del a[:]; print(a)
a = array('i', range(6)); a[4:1] = array('i', [9]); print(a); a[::2] = array('i'); print(a) if False else None
try: a[::2] = array('i')
except Exception as e: print(type(e).__name__, e)
t(lambda: a.__setitem__(slice(5, 0, -1), array('i', [0]*5)))
print(a, a[10:20], a[-100:2])
it = iter(array('i', [1])); print(list(it)); print(list(it))
a = array('i', [1]); it = iter(a); list(it); a.append(2); print(list(it))
print(array('i', [1, 2]) * True, array('B', b'ab') + array('B', b'c'))
u = array('u', 'a\U0001f600'); print(len(u), u.tobytes() == 'a\U0001f600'.encode('utf-32-le'), u[1])
bad = array('u'); bad.frombytes(b'\xff\xff\xff\xff'); t(lambda: bad[0]); t(lambda: bad.tounicode()); t(lambda: repr(bad)); print(len(bad))
print(array('f', [3.4028235e38 * 10])[0], array('f', [1e-50])[0])
print(array('L', [2**63]), array('q', [True]), array('d', [True, 2]), array('b', (i for i in range(-2, 2))))
x = array('i', [3, 1, 2]); x.reverse(); print(x, x.buffer_info()[1], x.itemsize * len(x))
import copy; print(copy.deepcopy([array('b', [1])]))
