def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class B(bytes):
    def extra(self):
        return len(self) * 2
class BA(bytearray):
    pass
b = B(b'xyz')
print(repr(b), type(b).__name__, b.extra(), isinstance(b, bytes))
print(type(b + b'1').__name__, type(b[:1]).__name__, type(b.upper()).__name__, type(b * 1).__name__)
print(b == b'xyz', b.__hash__() == b'xyz'.__hash__())
ba = BA(b'ab')
ba.append(99)
print(repr(ba), type(ba).__name__, len(ba), ba == b'abc')
print(type(ba.copy()).__name__, type(ba + b'').__name__)
print(type(B.fromhex('00')).__name__, type(BA.fromhex('00')).__name__)
class WithBytes:
    def __bytes__(self):
        return b'from dunder'
t(lambda: bytes(WithBytes()))
class BadBytes:
    def __bytes__(self):
        return 'not bytes'
t(lambda: bytes(BadBytes()))
class Idx:
    def __index__(self):
        return 3
t(lambda: bytes(Idx()))
t(lambda: b'abcd'[Idx()])
t(lambda: bytes([Idx()]))
t(lambda: bytearray(b'abcd').pop(Idx()))
