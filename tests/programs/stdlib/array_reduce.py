from array import array, _array_reconstructor as R
for a in [(array, 'i', 9, b'\x00\x00\x00\x01'), (array, 'h', 8, b'\x01\x00\x00\x00'), (array,'d',15,b'\x3f\x80\x00\x00'), (array,'u',19,b'\x00a\xd8=\xde\x00'), (array,'Q',11,b'\xff'*8), (array,'b',0,b'\xff'), (array,'b',9,b'\x00\x00\x01\x00'),(array,'f',17,b'?\xf0\x00\x00\x00\x00\x00\x00'), (array,'h',8,b'\x00\x00\x01\x00'), (array,'u',21,b'\x00\x00\x00a'),
    (1,'i',8,b''),(int,'i',8,b''),(array,'x',8,b''),(array,'i',99,b''),(array,'i',-1,b''),(array,'i',8,'s'),(array,'i',8,b'abc'),(array, 'u', 20, b'\x00\x00\x11\x00'), (array, 'b', 2, b'\x00\x01'), (array,'u',8,b'\x00'*4), (array, 'i', 0, b'\x01'), (array, 'q', 13, b'\x80' + b'\x00'*7)]:
    try: print(R(*a))
    except Exception as e: print(type(e).__name__, e)
for tc in 'bBuhHiIlLqQfd':
    a = array(tc, 'ab' if tc == 'u' else [1, 2])
    for p in (2, 3):
        f, args, st = a.__reduce_ex__(p)
        print(tc, p, f.__name__, args[1:3] if p == 3 else args, st, f(*args) == a)
class S(array): pass
s = S('b', [1]); print(s.__reduce_ex__(2), s.__reduce_ex__(3)[1:]); s.x = 1; print(s.__reduce_ex__(2), s.__reduce_ex__(3)[1:])
r = R(S, 'i', 8, b'\x05\x00\x00\x00'); print(r, type(r).__name__)
try: array('i').__reduce_ex__('x')
except TypeError as e: print(e)
