def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'hello')
m = memoryview(ba)
m[0] = 74
print(ba)
m[1:3] = b'EL'
print(ba)
m[::2] = b'xyz'
print(ba)
print(m.readonly, m.obj is ba)
t(lambda: m.__setitem__(0, 300))
t(lambda: m.__setitem__(0, b'x'))
t(lambda: m.__setitem__(0, 'a'))
def assign3():
    m[0:2] = b'xyz'
t(assign3)
t(lambda: m.__delitem__(0))
ro = memoryview(b'const')
t(lambda: ro.__setitem__(0, 1))
t(lambda: ro.__delitem__(0))
t(lambda: m.toreadonly().__setitem__(0, 1))
t(lambda: m.__hash__())
t(lambda: ba.append(33))
t(lambda: ba.extend(b''))
t(lambda: ba.pop())
def grow():
    ba[0:1] = b'ab'
t(grow)
def same_size():
    ba[0:1] = b'Q'
    return ba
t(same_size)
m.release()
ba.append(33)
print(ba)
