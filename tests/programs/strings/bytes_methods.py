# bytes and bytearray methods.
b = b"Hello, World"
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"He"), b[0], b[-1:], list(b[:3]), b.hex(), b.hex(":"), bytes.fromhex("de ad"))
print(b.strip(b"Hd"), b"  x ".strip(), b"a,b".partition(b","), b"-".join([b"a", b"b"]), b.isalpha())
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
ba[1:3] = b"XYZ"
del ba[-1]
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode())
ba.reverse()
print(ba, ba * 2, ba + b"!", b"x" in ba, 88 in ba)
print(bytes(range(5)), bytes.maketrans(b"ab", b"xy"), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
print(b"%s-%d" % (b"x", 5), b"abc" < b"abd", b"a" * 3, b"".join([]), bytes(b"x") == bytearray(b"x"))
try:
    ba[0] = 256
except ValueError as e:
    print(e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:3]), mv.tobytes(), len(mv), mv.readonly)
