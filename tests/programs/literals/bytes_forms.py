# Bytes literal forms and escapes.
print(b'single', b"double", b'''triple''', B"upper", br'raw\n', Rb"raw\t", rB'\x41', bR"\\")
print(b"\x00\x7f\x80\xff", b"\n\t\r\\\'\"", b"\101\0\7", b"\a\b\f\v")
print(list(b"\x00\x01\xfe\xff"), b"abc"[0], b"abc"[1:], len(b"\x00"))
print(b"", b'' == b"", b"a" b"b", b"x" * 3, b"ab" + b"cd")
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytearray(b"xy"), bytes.fromhex("41 42"))
print(b"abc".hex(), b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"A".lower())
