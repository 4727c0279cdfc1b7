# marshal: errors for bad values, bad data and bad arguments
import io
import marshal


def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r))


class I(int):
    pass


class S(str):
    pass


class B(bytes):
    pass


attempt(marshal.dumps)
attempt(marshal.dumps, 1, 2, 3)
attempt(marshal.dumps, 1, "x")
attempt(marshal.dumps, 1, 2**40)
attempt(marshal.dumps, object())
attempt(marshal.dumps, [1, object()])
attempt(marshal.dumps, {1: len})
attempt(marshal.dumps, {object()})
attempt(marshal.dumps, I(3))
attempt(marshal.dumps, S("s"))
print(marshal.dumps(B(b"b")))
attempt(marshal.dumps, ValueError)
attempt(marshal.dumps, ValueError())
attempt(marshal.dumps, range(3))
a = []
for i in range(3000):
    a = [a]
attempt(marshal.dumps, a)

attempt(marshal.loads)
attempt(marshal.loads, "abc")
attempt(marshal.loads, b"")
attempt(marshal.loads, b"i\x01")
attempt(marshal.loads, b"\xe9")
attempt(marshal.loads, b"\x01")
attempt(marshal.loads, b"?")
attempt(marshal.loads, b"0")
attempt(marshal.loads, b"r\x00\x00\x00\x00")
attempt(marshal.loads, b"l\x02\x00\x00\x00\x01\x00")
attempt(marshal.loads, b"l\x01\x00\x00\x00\x00\x80")
attempt(marshal.loads, b"l\x01\x00\x00\x00\x00\x00")
attempt(marshal.loads, b"<\x02\x00\x00\x00[\x00\x00\x00\x00")
attempt(marshal.loads, b"{[\x00\x00\x00\x00N0")
attempt(marshal.loads, b"(\x02\x00\x00\x00N")
attempt(marshal.loads, b"(\x02\x00\x00\x00N0")
attempt(marshal.loads, b"s\xff\xff\xff\xff")
attempt(marshal.loads, b"s\x05\x00\x00\x00ab")
attempt(marshal.loads, b"u\x02\x00\x00\x00\xff\xfe")
attempt(marshal.loads, b"z")
attempt(marshal.loads, b"f\x03abc")
attempt(marshal.loads, b"[" + b"\x01\x00\x00\x00[" * 2100)

attempt(marshal.dump, 1, object())
attempt(marshal.dump, object(), io.BytesIO())
attempt(marshal.load, object())
attempt(marshal.load, io.BytesIO(b""))
attempt(marshal.load, io.StringIO("abc"))
attempt(marshal.load, io.BytesIO(b"\x01"))
attempt(marshal.load)
attempt(marshal.load, 1, 2)
attempt(marshal.loads, 1, 2)
attempt(marshal.dump)
attempt(marshal.dump, 1, 2, 3, 4)
try:
    marshal.loads(data=b"N")
except TypeError as e:
    print("TypeError", e)
try:
    marshal.dumps(1, version=2)
except TypeError as e:
    print("TypeError", e)
