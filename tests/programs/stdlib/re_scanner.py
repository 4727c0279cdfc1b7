import re
import warnings

s = re.Scanner([(r'\d+', lambda sc, t: int(t)), (r'\s+', None), (r'[a-z]+', lambda sc, t: t.upper()),
                (r'[=+]', 'OP')])
print(s.scanner, s.lexicon[0][0], s.scan('12 ab + 3 = x!y'), s.scan(''), s.scan('zz'))
print(s.match.group(), s.match.lastindex)
p = re.compile(r'\w')
sc = p.scanner('ab c')
print(sc.pattern is p, sc.match(), sc.match(), sc.match(), sc.match())
sc = p.scanner('ab c')
print(sc.search(), sc.search(), sc.search(), sc.search(), type(sc).__name__)
sc = re.compile(r'x*').scanner('axx')
print([sc.search() for _ in range(5)])
sc = re.compile(r'\d').scanner('a1b2c3', 2, 5)
print(sc.search(), sc.search(), sc.search())
warnings.simplefilter('ignore')
if True:
    for pat in ['ab', '(a)|b', 'a*', 'a+?', 'a?+', '(?:ab){2}']:
        try:
            print(pat, re.template(pat).match('ab'))
        except re.error as e:
            print(pat, 'error', e)
    print(repr(re.compile('a', re.T)), re.compile('x', re.TEMPLATE).flags)
    try:
        re.compile('a{2}', re.T)
    except re.error as e:
        print('error', e)
print(sorted(re.__all__))
for bad in [lambda: re.Match(), lambda: re.Pattern()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
m = re.match('a', 'a')
for name in ['pos', 'string', 'foo']:
    try:
        setattr(m, name, 1)
    except AttributeError as e:
        print('AttributeError', e)
try:
    re.compile('a').pattern = 'b'
except AttributeError as e:
    print('AttributeError', e)
print(re.Pattern[str], re.Match[bytes])
