# Binary mode: bytes in and out, seek and tell, truncate.
name = "binary_files.scratch"
with open(name, "wb") as f:
    print(f.mode, f.write(b"\x00\x01\x02hello\xff"), f.tell())
with open(name, "rb") as f:
    data = f.read()
    print(data, len(data), f.tell())
    print(f.seek(3), f.read(5), f.tell())
    print(f.seek(-1, 2), f.read())
    print(f.seek(0), f.read(2), f.read(0), f.seek(1, 1), f.read(1))
with open(name, "r+b") as f:
    f.seek(3)
    f.write(b"HELLO")
    f.truncate(8)
    f.seek(0)
    print(f.read())
with open(name, "ab") as f:
    f.write(b"!!")
    print(f.tell())
with open(name, "rb") as f:
    print(f.read(), f.readable(), f.writable(), f.seekable())
