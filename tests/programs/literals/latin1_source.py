# -*- coding: latin-1 -*-
# A source file encoded in Latin-1.
s = "café üä"
print(s, len(s), [hex(ord(c)) for c in s[3:]])
