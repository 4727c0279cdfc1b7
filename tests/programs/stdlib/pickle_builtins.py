import pickle
vals = [1+2j, range(1, 10, 2), slice(1, 5), Ellipsis, NotImplemented, type(None), ValueError("bad", 3), KeyError("k"), print, len, str.upper, int, object(), FileNotFoundError, ModuleNotFoundError, RecursionError, zip, chr]
for proto in (0, 2, 4):
    for v in vals:
        try:
            data = pickle.dumps(v, proto)
            back = pickle.loads(data)
            print(proto, data, type(back).__name__, repr(back).split(' at 0x')[0][:30])
        except Exception as e:
            print(proto, repr(v)[:20], type(e).__name__, str(e).split(' at 0x')[0])
