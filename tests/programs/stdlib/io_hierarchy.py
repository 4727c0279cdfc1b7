import io, sys
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase))
s = io.StringIO("line1\nline2\nline3")
for line in s: print(repr(line))
s.seek(0); print(s.readlines(7)); print(s.read(), s.tell())
with io.StringIO() as f:
    f.write("hello"); f.writelines(["a", "b"]); print(f.getvalue(), f.closed)
print(f.closed)
class Upper(io.StringIO):
    def write(self, s): return super().write(s.upper())
u = Upper(); print("x", file=u); print(repr(u.getvalue()), type(u).__mro__)
class R(io.RawIOBase):
    def __init__(self): self.data = b"abc\ndef\n"; self.i = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.i); b[:n] = self.data[self.i:self.i+n]; self.i += n; return n
r = R(); print(r.readline(), r.read(), r.read(2))
r2 = R(); print(list(r2), r2.readall())
b = io.BytesIO(b"one\ntwo\nthree"); print(list(b)); b.seek(0); ba = bytearray(5); print(b.readinto(ba), ba, b.read1(2), b.readlines())
print(io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.UnsupportedOperation.__mro__)
class W(io.TextIOBase):
    def __init__(self): self.parts=[]
    def write(self, s): self.parts.append(s); return len(s)
w = W(); print("hi", 3, file=w); print(w.parts)
class C(io.IOBase):
    def close(self): print("closing"); super().close()
c = C(); del c
print("end")
