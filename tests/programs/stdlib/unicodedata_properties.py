# unicodedata's property functions on chosen characters, the defaults of decimal, digit,
# numeric and name, and the argument errors of every function.
import unicodedata as u

print(u.unidata_version, type(u.unidata_version).__name__)
print(sorted(n for n in dir(u) if not n.startswith('_') and n not in ('UCD', 'ucd_3_2_0')))

samples = ['a', 'A', '1', ' ', '\t', '\n', '\x00', '\x85', '\xa0', '\xb2', '\xbd', '\xe9', '\u0301', '\u0345',
           '\u05d0', '\u0627', '\u0661', '\u06f1', '\u0966', '\u0f33', '\u1369', '\u2028', '\u2029',
           '\u200d', '\u202e', '\u2066', '\u2153', '\u2160', '\u216c', '\u2460', '\u2469', '\u3000',
           '\u3007', '\u4e00', '\u4e07', '\u5146', '\uac00', '\ud800', '\udfff', '\ue000', '\uf900',
           '\uf96b', '\ufb01', '\ufdfa', '\ufeff', '\uff10', '\uff21', '\uffe8', '\ufffd', '\uffff',
           '\U00010107', '\U0001012f', '\U00010fff', '\U0001d7ce', '\U0001f600', '\U0001fae8',
           '\U00012432', '\U0001ed3c', '\U00020000', '\U0002f800', '\U000e0001', '\U000e0100',
           '\U000f0000', '\U0010ffff', '(', ')', '<', '\u2264', '\u0378']
for c in samples:
    print('%04X' % ord(c), u.category(c), repr(u.bidirectional(c)), u.combining(c), u.east_asian_width(c),
          u.mirrored(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None),
          repr(u.decomposition(c)), u.name(c, '-'))

for f, msg in [(u.decimal, 'decimal'), (u.digit, 'digit'), (u.numeric, 'numeric'), (u.name, 'name')]:
    for args in [('a',), ('a', None), ('a', 0), ('\xbd',), ('\xbd', 'x'), ('7', 'x')]:
        try:
            print(msg, args, repr(f(*args)))
        except Exception as e:
            print(msg, args, type(e).__name__, e)


class S(str):
    pass


print(u.category(S('a')), u.name(S('a')), u.numeric(S('\u2155')))

one = [u.category, u.bidirectional, u.combining, u.east_asian_width, u.mirrored, u.decomposition]
two = [u.decimal, u.digit, u.numeric, u.name]
for f in one + two + [u.lookup]:
    for args in [(), ('a', 'b', 'c'), ('ab',), ('',), (97,), (b'a',), (None,)]:
        try:
            f(*args)
            print(f.__name__, args, 'ok')
        except Exception as e:
            print(f.__name__, args, type(e).__name__, e)
    try:
        f(chr='a')
    except Exception as e:
        print(f.__name__, 'keyword', type(e).__name__, e)
for f in one:
    try:
        f('a', 'b')
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
