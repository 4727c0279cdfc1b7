# io.IncrementalNewlineDecoder: a trailing \r held back, the newlines seen, translation, its
# state with and without a wrapped decoder, and its errors.
import io

D = io.IncrementalNewlineDecoder
d = D(None, translate=True)
for chunk, final in [("a\r", False), ("\nb\r", False), ("c\rd", False), ("\r", False), ("", True)]:
    print(repr(d.decode(chunk, final)), d.newlines, d.getstate())
d.reset()
print(d.newlines, d.getstate())
d = D(None, False)
print(repr(d.decode("x\r\ny\rz\n")), d.newlines)
print(repr(d.decode("end\r")), repr(d.decode("", final=True)), d.newlines)


class Latin:
    """A toy incremental decoder: latin-1, holding back a trailing 0xff byte as its state."""

    def __init__(self):
        self.buf = b""

    def decode(self, data, final=False):
        data = self.buf + data
        self.buf = b""
        if data.endswith(b"\xff") and not final:
            data, self.buf = data[:-1], b"\xff"
        return data.decode("latin-1")

    def getstate(self):
        return self.buf, 3

    def setstate(self, state):
        print("inner setstate", state)
        self.buf = state[0]

    def reset(self):
        print("inner reset")
        self.buf = b""


u = D(Latin(), translate=True)
print(repr(u.decode(b"caf\xff")), u.getstate(), repr(u.decode(b"\r")), u.getstate())
print(repr(u.decode(b"\n", True)), u.newlines)
u.setstate((b"", 1))
print(repr(u.decode(b"x")), u.getstate())
u.setstate((b"\xff", 6))
print(repr(u.decode(b"y")))
u.reset()
for bad in [lambda: D(None, True).decode(b"bytes"), lambda: D(None), lambda: D(),
            lambda: D(None, True).setstate(5), lambda: D(None, True).setstate(("a", 1)),
            lambda: D(None, True).setstate(("a", "b")), lambda: D(None, True).setstate((1,))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(D.__name__, isinstance(D(None, True), io.IOBase), "IncrementalNewlineDecoder" in io.__all__)
d = D(None, True, errors="ignore")
print(repr(d.decode("q\r\n")), d.newlines, D(None, translate=False).newlines)
for s in ["\n", "\r", "\r\n", "\n\r", "\r\n\n", "\r\r\n\n", "\r\r"]:
    d = D(None, False)
    d.decode(s, final=True)
    print(repr(s), d.newlines)
