# unicodedata.normalize and is_normalized: each form of every BMP character (and of every
# astral character with a decomposition or combining class), strings mixing base letters,
# combining marks, Hangul jamo and composition exclusions, what comes back for strings already
# normalized (the same object), and the errors.
import unicodedata

P = 2**61 - 1
FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')


def digest(values):
    text = '\n'.join(values)
    return int.from_bytes(text.encode('utf-8', 'surrogatepass'), 'little') % P


bmp = list(map(chr, range(0x10000)))
astral = [c for c in map(chr, range(0x10000, 0x20000)) if unicodedata.decomposition(c) or unicodedata.combining(c)]
astral += [chr(c) for c in range(0x2F800, 0x2FA20)]
print(len(astral))
for form in FORMS:
    forms = [form] * len(bmp)
    out = list(map(unicodedata.normalize, forms, bmp))
    print(form, 'bmp', digest(out), sum(map(str.__ne__, bmp, out)))
    flags = bytes(map(unicodedata.is_normalized, forms, bmp))
    print(form, 'is_normalized', flags.count(0), int.from_bytes(flags, 'little') % P)
    out = list(map(unicodedata.normalize, forms, astral))
    print(form, 'astral', digest(out), sum(map(str.__ne__, astral, out)))

# Pseudo-random strings over an alphabet where composition happens.
alphabet = list('aeiouAEIOUnNcCsSzZ') + [chr(c) for c in range(0x300, 0x370)] + [chr(c) for c in (
    0x1100, 0x1161, 0x11A8, 0x11A7, 0x11C3, 0xAC00, 0xAC01, 0x0915, 0x093C, 0x0B47, 0x0B3E, 0x0B56,
    0x0CC6, 0x0CC2, 0x0CD5, 0x1E9B, 0x0323, 0x0F71, 0x0F72, 0x0F74, 0x0F80, 0x05B8, 0x05B9, 0x05D0,
    0x0344, 0x0345, 0x03B1, 0x03B9, 0x1FBE, 0x212B, 0x00C5, 0xFB01, 0x00BD, 0x2460, 0x1D15E, 0x1D165)]
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n


strings = [''.join(alphabet[rnd(len(alphabet))] for _ in range(1 + rnd(7))) for _ in range(3000)]
for form in FORMS:
    out = [unicodedata.normalize(form, s) for s in strings]
    same = sum(1 for s in strings if unicodedata.is_normalized(form, s))
    print(form, 'strings', digest(out), same)


def show(s):
    return ' '.join('%04X' % ord(c) for c in s)


for s in ['e\u0301', '\u00e9', 'a\u0316\u0301', 'a\u0301\u0316', '\u1100\u1161\u11a8', '\uac00\u11a8',
          '\u0958', '\u1e9b\u0323', '\ufb01', '\u2460', 'A\u030a', '\u212b', '\u0344', '\u0f73',
          '\u0b47\u0b3e', '\u0cc6\u0cc2\u0cd5', '\U0001d15e', '\u05d0\u05b8\u05b9', '\ud800\u0301',
          'x\U0002f800', '\u1100\u0301\u1161', '', 'abc', '\u00c5\u0327']:
    print(show(s), '|', ' | '.join(show(unicodedata.normalize(f, s)) for f in FORMS),
          [unicodedata.is_normalized(f, s) for f in FORMS])


class S(str):
    pass


for s in ['abc', '\u00e9', 'e\u0301', '\u0301', '\u1161', '']:
    for form in FORMS:
        r = unicodedata.normalize(form, S(s))
        print(repr(s), form, type(r).__name__, r == s)
s = 'caf\u00e9' * 3
print(unicodedata.normalize('NFC', s) is s, unicodedata.normalize('NFD', s) is s)
print(unicodedata.normalize(S('NFC'), 'x'))

for args in [('NFX', 'a'), ('nfc', 'a'), ('NFC ', 'a'), ('', ''), ('NFX', ''), (1, ''), (b'NFC', 'a'), ('NFC', b'a'), (1, 2), (None, 'a'), ('NFC', None),
             ('NFC',), (), ('NFC', 'a', 'b')]:
    for f in (unicodedata.normalize, unicodedata.is_normalized):
        try:
            print(f.__name__, args, repr(f(*args)))
        except Exception as e:
            print(f.__name__, args, type(e).__name__, e)
for f in (unicodedata.normalize, unicodedata.is_normalized):
    try:
        f(form='NFC', unistr='a')
    except TypeError as e:
        print(e)
