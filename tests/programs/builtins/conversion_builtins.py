# chr/ord, bin/oct/hex, ascii, format, hash, id, callable.
print(chr(65), chr(0x20ac) == "\u20ac", ord("a"), ord("\u20ac"), ord(b"z"))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a"), lambda: ord(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bin(10), oct(8), hex(255), bin(-5), hex(-255), oct(0), hex(2 ** 70))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), hex(Idx()))
try:
    hex(1.5)
except TypeError as e:
    print(e)
print(ascii("caf\u00e9 \u20ac \U0001f600"), ascii([1, "\u00ff"]))
print(format(42), format("s"), format(True), format(None))
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(format(Fmt(), "abc"), f"{Fmt():xy}")
class BadFmt:
    def __format__(self, spec):
        return 1
try:
    format(BadFmt())
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0), hash(-1), hash(None) == hash(None))
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(e)
o = object()
print(id(o) == id(o), type(id(o)).__name__)
print(callable(len), callable(1), callable(lambda: 0), callable(int), callable(Fmt()))
