# The is* predicates over the Unicode categories.
samples = ["", "abc", "ABC", "abc123", "123", "١٢٣", "²", "½", "Ⅻ", "四", "   ", "\t\n\x0b\x0c\r", "\x1c\x1d\x1e\x1f\x85\xa0",
           "\u2028\u3000", "é", "e\u0301", "_x1", "1x", "class", "ﬁ", "\x00", "\x7f", "a b", "\u200b", "𝟘𝟙", "𐍈", "\U0001F600", "\ud800"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper())
print("℘".isidentifier(), "℮x".isidentifier(), "x·".isidentifier(), "·x".isidentifier())
print("a\u00adb".isprintable(), " ".isprintable(), "\u00a0".isprintable(), "\u3000".isprintable())
