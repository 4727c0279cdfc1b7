# encode/decode with codecs and error handlers.
s = "naïve café €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"), s.encode("utf-16-le")[:6])
b = s.encode()
print(b.decode(), b.decode("utf-8"), b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
print(b"caf\xe9".decode("latin-1"), b"\xe2\x82\xac".decode(), len(b), len(s))
print("😀".encode("utf-16"), "😀".encode("utf-32-be"), b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
try:
    "€".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xc3".decode()
except UnicodeDecodeError as e:
    print(e)
