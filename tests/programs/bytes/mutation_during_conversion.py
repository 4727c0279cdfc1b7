ba = bytearray(b'abcdefgh')
class I:
    def __index__(self):
        ba.clear()
        return 6
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ba[3:I()])
ba[:] = b'abcdefgh'
t(lambda: ba[3:I():2])
ba[:] = b'abcdefgh'
def s1():
    ba[3:I()] = b'xy'
    return ba
t(s1)
ba[:] = b'abcdefgh'
def s2():
    ba[1:I():2] = b'xyz'
    return ba
t(s2)
ba[:] = b'abcdefgh'
def s3():
    del ba[1:I():2]
    return ba
t(s3)
ba[:] = b'abcdefgh'
t(lambda: ba.pop(I()))
ba[:] = b'abcdefgh'
t(lambda: ba.insert(I(), 1))
ba[:] = b'abcdefgh'
t(lambda: ba.__setitem__(I(), 1))
ba[:] = b'abcdefgh'
t(lambda: ba.__getitem__(I()))
ba[:] = b'abcdefgh'
def s4():
    global ba
    ba *= I()
    return ba
t(s4)
ba[:] = b'abcdefgh'
m = memoryview(ba)
t(lambda: m[I()])
class J:
    def __index__(self):
        m.release()
        return 1
t(lambda: m[J()])
m = memoryview(ba)
t(lambda: m[1:J()].tobytes())
m = memoryview(ba)
def s5():
    m[J()] = 5
t(s5)
class K:
    def __index__(self):
        return 200
m = memoryview(ba)
def s6():
    m[0] = K()
    return ba
t(s6)
print(ba)
