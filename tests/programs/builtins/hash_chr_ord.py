# hash of small ints and numeric equivalents; chr/ord round trips.
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 6), hash(True), hash(False))
print(hash(1.0) == hash(1), hash(0.5), hash(1 + 0j) == hash(1), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash(frozenset()) == hash(frozenset()))
print(hash(float("inf")), hash(-float("inf")), hash(None) == hash(None))
print([chr(i) for i in (65, 97, 48, 8364, 128512)], [ord(c) for c in "A a 0 € 😀".split()])
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print(ord(b"a"), ord(bytearray(b"z")))
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
