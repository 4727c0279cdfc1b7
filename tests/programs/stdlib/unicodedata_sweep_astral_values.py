# The astral code points: every second one of the Supplementary Multilingual Plane, every 23rd
# past it, all of the tags and variation selectors, and both ends of each CJK block: decimal,
# digit and numeric values, decomposition and name,
# compared through a digest per function (the values joined, read as one big integer,
# reduced modulo a prime) and the count of each value, so that a difference shows what it is.
import unicodedata

P = 2**61 - 1
edges = [0x2A6DF, 0x2A6E0, 0x2A700, 0x2B739, 0x2B73A, 0x2B740, 0x2B81D, 0x2B81E, 0x2B820, 0x2CEA1,
         0x2CEA2, 0x2CEB0, 0x2EBE0, 0x2EBE1, 0x2EBF0, 0x2EE5D, 0x30000, 0x3134A, 0x3134B, 0x31350,
         0x323AF, 0x323B0, 0xEFFFF, 0xF0000, 0xFFFFD, 0xFFFFF, 0x100000, 0x10FFFD, 0x10FFFF]
chars = ''.join(map(chr, [*range(0x10000, 0x20000, 2), *range(0x20000, 0x110000, 23),
                          *range(0xE0000, 0xE0200), *edges]))
none = [None] * len(chars)


def digest(values):
    text = '\n'.join(map(str, values))
    return int.from_bytes(text.encode('utf-8', 'surrogatepass'), 'little') % P


def counts(values):
    return sorted(((values.count(v), str(v)) for v in set(values)), reverse=True)[:12]


for f in (unicodedata.decimal, unicodedata.digit):
    values = list(map(f, chars, none))
    print(f.__name__, digest(values), counts(values))
values = list(map(unicodedata.numeric, chars, none))
print('numeric', digest(values), len(values) - values.count(None))
values = list(map(unicodedata.decomposition, chars))
print('decomposition', digest(values), len(values) - values.count(''))
values = list(map(unicodedata.name, chars, none))
print('name', digest(values), len(values) - values.count(None))
