import re

def err(pattern, flags=0):
    try:
        re.compile(pattern, flags)
        print(repr(pattern), 'ok')
    except re.error as e:
        print(repr(pattern), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(pattern), type(e).__name__, e)

for p in ['(', ')', 'a)', '(?', '(?P', '(?Px)', '(?P<', '(?P<>x)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)',
          '(?P=b)', '(?P=a)', '[a', '[a-', '[z-a]', r'[\d-z]', '*', 'a**', 'a{3,2}', '+a', 'a|*',
          r'\1', r'(a)\2', r'(a\1)', '(?<=a+)b', '(?<!a|bc)x', '(?<=a|b)c', r'\q', r'[\q]', r'\x4',
          r'\u12', r'\U0011FFFF', r'\N{NOPE}', r'\N', r'\777', '(?z)', '(?i', '(?-)', '(?i-i:a)',
          '(?a)(?u)', 'x(?i)', '(?<x)', '(?(2)a|b)', '(?(0)a)', '(?(a)b|c|d)', '(?(x)a)', '(?#abc',
          '(a', 'ab\\', '(?P<a>a)(?(a)b)', 'a{99999999999}', '(?L)x', '(?u)', 'a\n(b', '\n\n)',
          '(?<=(a))b', r'(a)(?<=\1)', '^*', '(?:', '(?>', '[]', '[^]', 'x{2}{3}', '(?i)(?s)x(?m)',
          '(?P<a>', r'\g', '(?x)[a b]', '(?a:x)', '(?-a:x)', '(?L:x)', '(?uL)x']:
    err(p)
for p in [b'(?u)x', b'\\u1234', b'(?L)x', b'[\xff-a]', b'(?P<\xe9>x)']:
    err(p)
err('x', re.L)
err(b'x', re.U)
err('x', re.A | re.U)
for bad in [1, None, [1]]:
    try:
        re.compile(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(re.compile('x'), re.I)
except ValueError as e:
    print('ValueError', e)
for call in [lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.search('a', 5),
             lambda: re.findall(b'a', 'a'), lambda: re.sub('a', b'x', 'a'), lambda: re.sub(b'a', 'x', b'a')]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
m = re.match(r'(a)(?P<n>b)', 'ab')
for g in [3, -1, 'x', 1.5, None]:
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)
for t in [r'\3', r'\g<x>', r'\g<', r'\g<a', r'\g<1a>', r'\q', r'\g<99>', '\\']:
    try:
        print(re.sub(r'(a)(?P<n>b)', t, 'ab'))
    except re.error as e:
        print('error', e)
    except IndexError as e:
        print('IndexError', e)
e = re.error('msg', 'a\nbc', 3)
print(e, e.lineno, e.colno, e.pattern, e.pos)
print(re.error('plain'), re.error('plain').pos, issubclass(re.error, Exception), re.error.__module__)
