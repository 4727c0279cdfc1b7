# Every code point of the Basic Multilingual Plane: category, bidirectional class, east asian
# width, combining class and mirroring,
# compared through a digest per function (the values joined, read as one big integer,
# reduced modulo a prime) and the count of each value, so that a difference shows what it is.
import unicodedata

P = 2**61 - 1
chars = ''.join(map(chr, range(0x10000)))
none = [None] * len(chars)


def digest(values):
    text = '\n'.join(map(str, values))
    return int.from_bytes(text.encode('utf-8', 'surrogatepass'), 'little') % P


def counts(values):
    return sorted(((values.count(v), str(v)) for v in set(values)), reverse=True)[:12]


for f in (unicodedata.category, unicodedata.bidirectional, unicodedata.east_asian_width):
    values = list(map(f, chars))
    print(f.__name__, digest(values), counts(values))
for f in (unicodedata.combining, unicodedata.mirrored):
    values = bytes(map(f, chars))
    print(f.__name__, int.from_bytes(values, 'little') % P, sum(values), len(values) - values.count(0))
