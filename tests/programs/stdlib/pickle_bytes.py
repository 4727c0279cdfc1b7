import pickle
class P:
    def __init__(self): self.a = 1; self.b = [1, 2]
for proto in range(6):
    for v in [None, True, 1, 300, 70000, -5, 2**40, -2**70, 1.5, "hé", b"ab", bytearray(b"x"), (), (1,), (1, 2, 3, 4), [1, "a"], {"k": [1]}, {1, 2}, frozenset({3}), P(), [P(), P()], ["s", "s"], set]:
        try:
            print(proto, pickle.dumps(v, proto))
        except Exception as e:
            print(proto, type(e).__name__, e)
def f(): 
    class L: pass
    return L
for bad in [lambda: 1, f(), f()()]:
    try: pickle.dumps(bad)
    except Exception as e: print(type(e).__name__, str(e).split(" at 0x")[0])
for data in [b"", b"\x80\x04K", b"zz", b"\x80\x09N."]:
    try: pickle.loads(data)
    except Exception as e: print(type(e).__name__, e)
