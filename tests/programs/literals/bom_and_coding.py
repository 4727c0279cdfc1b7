# -*- coding: utf-8 -*-
# A source encoding declaration on the first line.
s = "héllo wörld"
print(s, len(s), s.encode())
print("\u00e9" == "é")
