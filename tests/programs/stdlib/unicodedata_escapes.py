# The character names the rest of the language reads and writes agree with unicodedata's:
# \N{...} in string literals and in re patterns (aliases yes, named sequences no, algorithmic
# names upper case only, nothing newer than Unicode 15.0.0), and the namereplace error handler.
import re
import unicodedata

for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'HANGUL SYLLABLE GA', 'hangul syllable ga',
             'CJK UNIFIED IDEOGRAPH-04E00', 'cjk unified ideograph-4e00', 'CJK UNIFIED IDEOGRAPH-2EBF0',
             'LINE FEED', 'CUNEIFORM SIGN KALAM', 'GARAY CAPITAL LETTER A', 'KEYCAP NUMBER SIGN', 'SNOWMAN']:
    src = '"\\N{%s}"' % name
    try:
        print(name, ascii(eval(src)))
    except SyntaxError as e:
        print(name, type(e).__name__, e.msg)
    try:
        print(name, ascii(re.compile(r'\N{%s}' % name).pattern), bool(re.fullmatch(r'\N{%s}' % name, unicodedata.lookup(name))))
    except re.error as e:
        print(name, 're.error', e)
    except KeyError as e:
        print(name, 'KeyError', e)

for c in ['\x00', 'a', '\xe9', '\uac00', '\u4e00', '\U0002ebf0', '\U00011380', '\U0001fae8', '\ud800', '\U000e0001']:
    print(ascii(c), c.encode('ascii', 'namereplace'), c.encode('latin-1', 'namereplace'))
