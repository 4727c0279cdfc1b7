import string

for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.capwords('hello   wide  world'), string.capwords(' a-b c-d ', '-'), repr(string.capwords('')))
print(string.capwords('ABC def\tgHI\nx'), string.capwords('a,b,,c', ','), string.capwords("o'neil mcDONALD"))
print(sorted(n for n in string.__all__))
