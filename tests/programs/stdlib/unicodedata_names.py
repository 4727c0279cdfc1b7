# unicodedata.name and lookup: names read back for a sample of every plane's named characters,
# algorithmic names (Hangul syllables, CJK unified ideographs) and how strictly they are read,
# name aliases, named sequences, case, defaults and the errors.
import unicodedata

P = 2**61 - 1

named = 0
bad = []
for c in map(chr, [*range(0, 0x20000, 3), *range(0x20000, 0x110000, 101), *range(0xAC00, 0xD7A4, 7)]):
    n = unicodedata.name(c, None)
    if n is None:
        continue
    named += 1
    algorithmic = n.startswith(('CJK UNIFIED', 'HANGUL SYLLABLE'))
    if unicodedata.lookup(n) != c or not algorithmic and unicodedata.lookup(n.lower()) != c:
        bad.append(n)
print(named, bad)


def show(name):
    label = repr(name) if isinstance(name, (str, bytes)) else type(name).__name__
    try:
        r = unicodedata.lookup(name)
        print(label, ' '.join('%04X' % ord(c) for c in r))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A', 'SNOWMAN',
             'LATIN SMALL LETTER A ', ' LATIN SMALL LETTER A', 'LATIN  SMALL LETTER A', '',
             # algorithmic names
             'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE GGAGG', 'HANGUL SYLLABLE A',
             'HANGUL SYLLABLE YI', 'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE GAX',
             'hangul syllable GA', 'Hangul Syllable GA', 'HANGUL SYLLABLE ga', 'HANGUL SYLLABLE',
             'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4E0',
             'CJK UNIFIED IDEOGRAPH-004E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'cjk unified ideograph-4E00',
             'CJK UNIFIED IDEOGRAPH-3400', 'CJK UNIFIED IDEOGRAPH-4DBF', 'CJK UNIFIED IDEOGRAPH-4DC0',
             'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-2A6DF', 'CJK UNIFIED IDEOGRAPH-2A6E0',
             'CJK UNIFIED IDEOGRAPH-323AF', 'CJK UNIFIED IDEOGRAPH-2EBF0', 'CJK UNIFIED IDEOGRAPH-FFFFF',
             'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900',
             'TANGUT IDEOGRAPH-17000', 'KHITAN SMALL SCRIPT CHARACTER-18B00', 'NUSHU CHARACTER-1B170',
             # aliases (CPython knows those of Unicode 15.0.0, not the newer ones)
             'LINE FEED', 'LF', 'line feed', 'BYTE ORDER MARK', 'BOM', 'NBSP', 'LATIN CAPITAL LETTER GHA',
             'ZWJ', 'VS1', 'VS256', 'END OF LINE', 'PRIVATE USE ONE', 'CUNEIFORM SIGN KALAM',
             'MENDE KIKAKUI SYLLABLE M172 MBO', 'BAMUM LETTER PHASE-A MAEMGBIEE',
             # named sequences
             'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'latin small letter a with macron and grave',
             'KEYCAP NUMBER SIGN', 'TAMIL SYLLABLE KSSAU', 'GEORGIAN LETTER U-BRJGU',
             # characters newer than Unicode 15.0.0
             'TULU-TIGALARI LETTER A', 'GARAY CAPITAL LETTER A', 'LATIN CAPITAL LETTER CAPITAL D WITH DOT',
             # other odd input
             'LATIN SMALL LETTER A\x00', 'SPACE\x00X', 'é', 'LATIN SMALL LETTER É', 'x' * 256, 'x' * 257,
             b'LATIN SMALL LETTER B', b'KEYCAP NUMBER SIGN', b'\xff\xfe', b'', bytearray(b'SPACE'),
             memoryview(b'SPACE'), 42, None, '\udc80']:
    show(name)

for c in ['a', '\x00', '\x7f', '\uac00', '\ud7a3', '\u4e00', '\U0002ebf0', '\U00017000', '\ue000',
          '\ufffe', '\U0010ffff', '\ud800', '\U000e0001', '\u0378', '\U0001fae8']:
    for args in [(c,), (c, None), (c, 'default')]:
        try:
            print(repr(c), repr(unicodedata.name(*args)))
        except Exception as e:
            print(repr(c), type(e).__name__, e)
