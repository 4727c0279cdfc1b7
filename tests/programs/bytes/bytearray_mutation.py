def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba.extend([103, 104])
ba.extend(x for x in (105,))
ba.insert(0, 64)
ba.insert(-1, 35)
ba.insert(100, 33)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(99)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, len(ba))
t(lambda: ba.pop())
t(lambda: c.pop(50))
t(lambda: c.remove(0))
t(lambda: c.append(256))
t(lambda: c.append('a'))
t(lambda: c.extend(5))
t(lambda: c.extend('str'))
t(lambda: c.extend([1, 'x']))
t(lambda: c.insert(0))
t(lambda: c.append())
d = bytearray(b'12')
d += b'34'
d += bytearray(b'5')
print(d)
d *= 2
print(d)
e = d
e *= 0
print(d, e is d)
def iadd_str():
    x = bytearray(b'q')
    x += 'str'
t(iadd_str)
t(lambda: bytearray(b'ab').__alloc__() >= 2)
