# Every string escape sequence.
s = "\\ \' \" \a \b \f \n \r \t \v \0 \7 \77 \101 \x41 \x7e \u00e9 \u20ac \U0001F600 \N{BULLET} \N{LATIN SMALL LETTER A}"
print(repr(s))
print([ord(c) for c in "\a\b\f\n\r\t\v\0"])
print("\101\102\103", "\x61\x62", "\u0041\U00000042", "\N{GREEK SMALL LETTER ALPHA}")
print(len("\n"), len(r"\n"), len("\\n"), len("\x00"), len("\U0010FFFF"))
print("\1\12\123\1234", "\377")
print(repr("\t\x00\x7f\x80\xff\u0100\ud800"[:6]))
print("a\
b")
print(repr('\N{EM DASH}'), '\N{em dash}' == '\u2014')
print(ascii("é€😀\n"), ascii("plain"))
