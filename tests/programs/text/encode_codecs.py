# str.encode with the utf-8, ascii and latin-1 codecs and their error handlers.
s = "héllo wörld €"
print(s.encode() == b"h\xc3\xa9llo w\xc3\xb6rld \xe2\x82\xac", s.encode("utf-8") == s.encode("UTF8"), s.encode("utf_8") == s.encode("U8"))
print(len(s.encode()), len(s.encode("utf-8")), len("😀".encode()), len("".encode()))
print(s.encode("latin-1", "replace") == b"h\xe9llo w\xf6rld ?", s.encode("ascii", "ignore") == b"hllo wrld ")
print(s.encode("ascii", "replace") == b"h?llo w?rld ?", s.encode("ascii", "xmlcharrefreplace") == b"h&#233;llo w&#246;rld &#8364;")
print(s.encode("ascii", "backslashreplace") == b"h\\xe9llo w\\xf6rld \\u20ac", s.encode(encoding="latin1", errors="ignore") == b"h\xe9llo w\xf6rld ")
print("a\ud800b".encode("utf-8", "surrogatepass") == b"a\xed\xa0\x80b", "a\ud800b".encode("utf-8", "replace") == b"a?b")
print("\udcff".encode("utf-8", "surrogateescape") == b"\xff", "é".encode("ascii", "namereplace") == b"\\N{LATIN SMALL LETTER E WITH ACUTE}")
cases = [("ascii", "strict", "aé"), ("latin-1", "strict", "€x"), ("utf-8", "strict", "a\ud800"), ("nope", "strict", "a"),
         ("ascii", "bogus", "é"), ("ascii", "surrogateescape", "é")]
for enc, err, text in cases:
    try:
        text.encode(enc, err)
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
try:
    "a".encode(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "a".encode("utf-8", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    "a".encode("utf-8", "strict", 3)
except TypeError as e:
    print("TypeError:", e)
