def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'0123456789')
print(ba[2], ba[-1], ba[2:5], ba[::3], ba[::-1], ba[8:2:-2])
ba[0] = 65
ba[-1] = 66
print(ba)
ba[1:3] = b'xyz'
print(ba)
ba[1:4] = []
print(ba)
ba[::2] = b'____'
print(ba)
ba[5:] = bytearray(b'!')
print(ba)
ba[0:0] = [1, 2]
print(ba)
del ba[0]
del ba[0:1]
print(ba)
del ba[::2]
print(ba)
del ba[-1]
print(ba)
ba[:] = memoryview(b'reset')
print(ba)
t(lambda: ba[10])
t(lambda: ba['a'])
class S:
    def __getitem__(self, k):
        return k
S = S()
def setitem(k, v):
    x = bytearray(b'abcdef')
    x[k] = v
    return x
t(lambda: setitem(0, 256))
t(lambda: setitem(0, b'a'))
t(lambda: setitem(10, 1))
t(lambda: setitem(S[0:6:2], b'xy'))
t(lambda: setitem(S[0:2], 5))
t(lambda: setitem(S[0:2], 'ab'))
t(lambda: setitem(S[:], (120, 121)))
t(lambda: setitem(S[0:6:2], b'XYZ'))
t(lambda: setitem(S[::-1], b'fedcba'))
t(lambda: setitem(S[0:1:0], b'a'))
def delitem(k):
    x = bytearray(b'abcdef')
    del x[k]
    return x
t(lambda: delitem(S[1::2]))
t(lambda: delitem(S[::-2]))
t(lambda: delitem(9))
b = b'0123456789'
t(lambda: b[3:])
t(lambda: b[-3:])
t(lambda: b[::-2])
t(lambda: b[100:])
t(lambda: b[1.5])
t(lambda: b[20])
