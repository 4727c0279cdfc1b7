# repr of str: quote choice, escapes, printable Unicode; %a for ASCII-only output.
samples = ["", "plain", "it's", 'say "hi"', "both ' and \"", "\\", "\n\r\t", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad", "é ü ß",
           "\u2028\u2029", "\u200b\ufeff", "\ud800\udfff", "\U0001F600", "\U000E0001", "\U0010FFFF", "日本", "\u0378", "\ufffd", "a\x85b"]
for s in samples:
    print(repr(s), "%a" % s, "%r" % s, len(repr(s)))
print(repr("'" * 3 + '"'), repr('"' * 2), "{!a}".format("ǅ"), f"{'→'!a}", "%a" % ("\x7f",))
print([r"a\b", "x\ty"], ("é",), {"k": "\n"})
