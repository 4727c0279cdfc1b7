import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.DEBUG, re.T)
print(repr(re.I | re.M), repr(re.M | re.I), repr(re.RegexFlag(0)), repr(re.RegexFlag(512 | 2)))
print(repr(~re.I), repr(re.I & re.M), repr(re.I ^ 2), re.I | 1, re.I + 1, int(re.S))
print(isinstance(re.I, int), re.I == 2, re.IGNORECASE is re.I, re.RegexFlag.IGNORECASE is re.I)
print(f'{re.I:d}', format(re.M, '04b'), str(re.S | re.X), type(re.I | re.M).__name__)
print(type(re.I).__name__, re.RegexFlag.__module__, re.RegexFlag.__name__)
print(repr(re.compile('a', re.I | re.M)), repr(re.compile('a', re.A | re.I)), repr(re.compile('a', re.U)))
print(repr(re.compile(b'a', re.L)), repr(re.compile('a', re.X | re.S)), repr(re.compile('a' * 300))[-10:])
print(re.compile('a').flags, re.compile('(?i)a').flags, re.compile(b'a', re.I).flags, re.compile('(?a)a').flags)
print(re.findall('a', 'aAa', re.I), re.findall('(?i)a', 'AaA'), re.findall('[A-C]', 'abcABC', re.I))
print(re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\w+', 'héllo wörld'))
print(re.findall(r'\d', '1٢3'), re.findall(r'\d', '1٢3', re.A), re.findall(r'\s', 'a\u3000b\xa0c'))
print(re.findall(r'\s', 'a\u3000b\xa0c', re.ASCII), re.findall('é', 'ÉéE', re.I), re.findall('é', 'ÉéE', re.I | re.A))
print(re.findall('^x', 'x\nx\nx', re.M), re.findall('x$', 'x\nx\nx', re.M), re.findall('x$', 'x\nx\nx'))
print(re.findall('.', 'a\nb', re.S), re.findall('.', 'a\nb'), re.findall('a.b', 'a\nb', re.DOTALL))
print(re.findall(r'''
    (\d+)   # number
    \s*     # spaces
    ([a-z]+) # word
''', '12 ab 3cd', re.X))
print(re.findall(r'a[ ]b\ c', 'a b c', re.X), re.findall(r'(?x: a b )c', 'abc'))
print(re.findall(r'(?i)σ', 'Σσς'), re.findall(r'[σ]', 'Σσς', re.I), re.findall('K', 'k\u212aK', re.I))
print(re.findall(r'(?i)[k]', 'k\u212aK'), re.findall(r'(?i)[j-l]', 'K\u212a'), re.findall('ı', 'iIı', re.I))
print(re.findall(r'(a)\1', 'aA Aa aa', re.I), re.findall(r'(?i)(?-i:a)b', 'aB AB'))
print(re.match(r'\bé', 'é'), re.match(r'\bé', 'é', re.A), re.search(r'x\B', 'xé'), re.search(r'x\B', 'xé', re.A))
print(re.compile('(?s)a').flags == re.S | re.U, re.compile('a', flags=re.I).match('A'))
