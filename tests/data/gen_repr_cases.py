"""Writes repr312.txt beside this script: values and their repr() in CPython 3.12, which the unit
tests of src/text compare against. One case per line, fields separated by one space:

  F <float bits, hex> <repr>
  C <real bits, hex> <imaginary bits, hex> <repr>
  S <code points, hex, comma-separated, or - for none> <repr, UTF-8>
  B <bytes, hex, or - for none> <repr>
  I <int, hex> <repr>
  Z <items, ;-separated> <repr of the frozenset built by adding them in that order>

Items of Z: i<int, hex>, s<code points, hex, .-separated>, f<float bits, hex>, b<bytes, hex>,
N (None), T, F (bools), t[<items, ,-separated>] (tuple).

Run this under PYTHONHASHSEED=0 (frozenset order depends on str and bytes hashes).

Run with CPython 3.12:  python3.12 gen_repr_cases.py
"""

import os
import random
import struct
import sys

if sys.version_info[:2] != (3, 12):
    sys.exit("run this with CPython 3.12")
if sys.flags.hash_randomization:
    sys.exit("run this with PYTHONHASHSEED=0")

rng = random.Random(312)


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


floats = [0.0, -0.0, float("inf"), -float("inf"), float("nan"), 5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308]
for e in range(-330, 310):
    for m in (1.0, 9.999999999999999, 1.5, 2.5, 1.0000000000000002, 0.9999999999999999):
        try:
            floats.append(float(f"{m}e{e}"))
        except OverflowError:
            pass
for e in range(-8, 20):
    floats.append(10.0 ** e)
    floats.append(-(10.0 ** e))
    floats.append(10.0 ** e * 1.2345678901234567)
    floats.append(from_bits(bits(10.0 ** e) + 1))
    floats.append(from_bits(bits(10.0 ** e) - 1))
for _ in range(1500):
    floats.append(from_bits(rng.getrandbits(64)))
for _ in range(300):
    floats.append(from_bits(rng.getrandbits(52)))  # subnormals
for _ in range(300):
    floats.append(rng.randint(-10**18, 10**18) / 10 ** rng.randint(0, 20))

specials = [0.0, -0.0, 1.0, -1.0, 2.5, float("inf"), -float("inf"), float("nan"), 1e16, 1e-5]
complexes = [(a, b) for a in specials for b in specials]
for _ in range(300):
    complexes.append((rng.choice(floats), rng.choice(floats)))

alphabet = ([0x27, 0x22, 0x5C, 0x09, 0x0A, 0x0D, 0x00, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x9F, 0xA0,
             0xAD, 0xFF, 0x100, 0x2028, 0x200B, 0xFEFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000,
             0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0xE0001, 0x10FFFF] + list(range(0x20, 0x7F)))
strings = [[], [0x27], [0x22], [0x27, 0x22]]
for _ in range(800):
    n = rng.randint(1, 8)
    s = []
    for _ in range(n):
        r = rng.random()
        if r < 0.5:
            s.append(rng.choice(alphabet))
        elif r < 0.8:
            s.append(rng.randint(0x80, 0xFFFF))
        else:
            s.append(rng.randint(0x10000, 0x10FFFF))
    strings.append(s)
# One code point of every 997 over the whole range.
for cp in range(0, 0x110000, 997):
    strings.append([cp])

byte_strings = [b"", b"'", b'"', b"'\"", bytes(range(256))]
for _ in range(200):
    byte_strings.append(bytes(rng.choice([0x27, 0x22, 0x5C, rng.randint(0, 255)])
                              for _ in range(rng.randint(1, 6))))

ints = [0, 1, -1, 2**63, -2**63, 2**64 - 1, 10**50, -(10**100) + 7]
for _ in range(100):
    ints.append(rng.getrandbits(rng.randint(1, 600)) * rng.choice((1, -1)))



def token(v):
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if isinstance(v, int):
        return f"i{v:x}"
    if isinstance(v, float):
        return f"f{bits(v):x}"
    if isinstance(v, str):
        return "s" + ".".join(f"{ord(c):x}" for c in v)
    if isinstance(v, bytes):
        return "b" + v.hex()
    if isinstance(v, tuple):
        return "t[" + ",".join(map(token, v)) + "]"
    raise TypeError(type(v))


def random_item(depth=0):
    r = rng.random()
    if r < 0.3:
        return rng.choice([rng.randint(-100, 100), rng.getrandbits(rng.randint(1, 130))])
    if r < 0.6:
        return "".join(chr(rng.choice([rng.randint(0x61, 0x7a), rng.randint(0x80, 0x3000),
                                       rng.randint(0x10000, 0x10100)]))
                       for _ in range(rng.randint(0, 6)))
    if r < 0.75:
        return rng.choice([rng.random() * 10 ** rng.randint(-5, 20), float(rng.randint(-9, 9)) + 0.5])
    if r < 0.85:
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 4)))
    if r < 0.9 or depth > 0:
        return rng.choice([None, True, False])
    return tuple(random_item(depth + 1) for _ in range(rng.randint(0, 3)))


sets = []
for _ in range(300):
    items = []
    for _ in range(rng.randint(0, 40)):
        v = random_item()
        # Keep the items distinct as Python sees them (no 1 == 1.0 == True merging).
        if all(not (v == w or (type(v) != type(w) and hash(v) == hash(w))) for w in items):
            items.append(v)
    sets.append(items)

lines = []
for x in floats:
    lines.append(f"F {bits(x):x} {x!r}")
for a, b in complexes:
    lines.append(f"C {bits(a):x} {bits(b):x} {complex(a, b)!r}")
for s in strings:
    text = "".join(map(chr, s))
    cps = ",".join(f"{c:x}" for c in s) or "-"
    lines.append(f"S {cps} {text!r}")
for b in byte_strings:
    lines.append(f"B {b.hex() or '-'} {b!r}")
for i in ints:
    lines.append(f"I {i:x} {i!r}")
for items in sets:
    lines.append(f"Z {';'.join(map(token, items)) or '-'} {frozenset(items)!r}")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "repr312.txt")
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(f"{len(lines)} cases written to {out}")
