import re

for pat, s in [('x*', 'abxd'), ('x*', ''), ('', 'abc'), ('a*', 'baaac'), (r'\b', 'ab cd'),
               ('(?=a)', 'aba'), ('a|', 'bab'), ('|a', 'bab'), (r'\s*', 'a  b'), ('x?', 'xxy'),
               ('(a)|(x*)', 'axb'), ('^', 'ab\ncd'), ('$', 'ab\ncd\n')]:
    print(repr(pat), repr(s))
    print('  sub  ', re.sub(pat, '-', s), re.subn(pat, '<\\g<0>>', s))
    print('  split', re.split(pat, s))
    print('  all  ', re.findall(pat, s))
    print('  iter ', [m.span() for m in re.finditer(pat, s)])
print(re.sub('(?m)^', '> ', 'a\nb\nc'))
print(re.sub('(?m)$', ';', 'a\nb\nc'))
print(re.split('(?m)^', 'a\nb\nc'))
print(re.sub('x*', lambda m: '[%s]' % m.group(), 'axxb'))
print(re.split(r'(\W*)', '...words, words...'))
print(re.split(r'\W*', '...words...'))
print(re.split(r'(?<=a)', 'babac'), re.split('a*', 'bab', maxsplit=1))
print(re.sub('a*?', '-', 'baac'), re.findall('a*?', 'baa'), re.findall('a??', 'aa'))
