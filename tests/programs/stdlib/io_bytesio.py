import io

b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.tell(), b.read1(100), b.read())
b.seek(0)
print(b.readline(), b.readline(2), b.readlines())
print(b.write(b"!!"), b.getvalue())
b.seek(3)
print(b.write(bytearray(b"XY")), b.getvalue())
print(b.write(memoryview(b"mv")), b.getvalue())
print(b.truncate(), b.getvalue(), b.truncate(2), b.getvalue(), b.tell())
b.seek(0)
print(b.writelines([b"a", b"b"]), b.getvalue())
print(b.seek(-1, 2), b.read(), b.seek(-10, 1), b.tell())
buf = bytearray(4)
c = io.BytesIO(b"0123456789")
print(c.readinto(buf), buf, c.readinto(memoryview(buf)[1:3]), buf)
print(list(io.BytesIO(b"a\nb\n\nc")))
print(io.BytesIO(bytearray(b"ba")).getvalue(), io.BytesIO(initial_bytes=b"kw").read())
with io.BytesIO(b"ctx") as d:
    print(d.read(), d.closed, d.readable(), d.writable(), d.seekable(), d.isatty(), d.flush())
print(d.closed)
try:
    d.read()
except ValueError as e:
    print(e)
try:
    c.readinto(b"xx")
except TypeError as e:
    print(e)
class Counting(io.BytesIO):
    def __init__(self, *a):
        super().__init__(*a)
        self.reads = 0
    def readline(self, *a):
        self.reads += 1
        return super().readline(*a)
e = Counting(b"1\n2\n")
print(list(e), e.reads, isinstance(e, io.BufferedIOBase))
