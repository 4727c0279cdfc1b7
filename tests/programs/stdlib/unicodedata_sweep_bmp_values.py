# Every code point of the Basic Multilingual Plane: decimal, digit and numeric values,
# decomposition and name,
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


for f in (unicodedata.decimal, unicodedata.digit):
    values = list(map(f, chars, none))
    print(f.__name__, digest(values), counts(values))
values = list(map(unicodedata.numeric, chars, none))
print('numeric', digest(values), len(values) - values.count(None))
values = list(map(unicodedata.decomposition, chars))
print('decomposition', digest(values), len(values) - values.count(''))
values = list(map(unicodedata.name, chars, none))
print('name', digest(values), len(values) - values.count(None))
