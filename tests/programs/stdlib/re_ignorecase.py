import re

text = 'İiIıKk\u212aSsſßẞÉéΣσςµΜ'
for pat in ['i', 'I', 'ı', 'İ', 'k', 'K', '\u212a', 's', 'ſ', 'ß', 'ẞ', 'é', 'σ', 'ς', 'Σ', 'µ', 'μ',
            '[a-z]', '[A-Z]', '[i]', '[k-k]', '[^a-z]', '[ſ]', '[σ]', '[α-ω]', r'\w', '[é-é]']:
    print(repr(pat), re.findall(pat, text, re.I), re.findall(pat, text, re.I | re.A))
for a, b in [('ſ', 'S'), ('s', 'S'), ('İ', 'i'), ('K', '\u212a'), ('é', 'É'), ('ς', 'Σ'), ('ß', 'ẞ')]:
    print(repr(a), repr(b), re.match(r'(.)\1', a + b, re.I), re.match('(?i)' + re.escape(a), b))
print(re.findall(rb'(?i)[a-z]+', b'AbC\xc9\xe9'), re.findall(rb'(?i)\xc9', b'\xc9\xe9'))
print(re.sub('(?i)hello', 'bye', 'Hello HELLO hello hElLo'), re.split('(?i)x', 'aXbxc'))
print(re.fullmatch('(?i)straße', 'STRASSE'), re.fullmatch('(?i)STRASSE', 'straße'))
