class B(bytes):
    def __new__(cls, x):
        return super().__new__(cls, x * 2)
    def __repr__(self):
        return 'B-repr'
b = B(b'ab')
print(b, repr(b), len(b), b == b'abab', type(b).__name__, isinstance(b, bytes))
class BA(bytearray):
    def __init__(self, x, extra=0):
        super().__init__(x)
        self.extra = extra
ba = BA(b'xy', extra=5)
print(ba, ba.extra, len(ba))
ba.append(0x7a)
print(ba, type(ba[:1]).__name__, type(ba * 2).__name__)
class M(bytes):
    pass
m = M(b'q')
m.attr = 1
print(m.attr)
try:
    class V(memoryview): pass
except TypeError as e:
    print(e)
print(bytes.__new__(M, b'zz'), type(bytes.__new__(M, b'zz')).__name__)
print(B.__mro__)
print(len(bytes.__doc__) > 100, len(bytearray.__doc__) > 100, len(memoryview.__doc__) > 10)
print(memoryview(b'x').__class__, bytearray.__hash__)
