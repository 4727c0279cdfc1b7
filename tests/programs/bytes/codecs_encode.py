def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: bytes('caf\xe9 \u20ac', 'utf-8'))
t(lambda: bytes('caf\xe9', 'latin-1'))
t(lambda: bytes('\u20ac', 'latin-1'))
t(lambda: bytes('a\u20acb\u20ac', 'ascii'))
t(lambda: bytes('a\u20acb', 'ascii', 'replace'))
t(lambda: bytes('a\u20acb', 'ascii', 'ignore'))
t(lambda: bytes('a\u20acb\U0001f600', 'ascii', 'backslashreplace'))
t(lambda: bytes('a\u20acb', 'ascii', 'xmlcharrefreplace'))
t(lambda: bytes('a\xe9\u20ac', 'ascii', 'namereplace'))
t(lambda: bytes('a\udcffb', 'utf-8', 'surrogateescape'))
t(lambda: bytes('a\ud800b', 'utf-8'))
t(lambda: bytes('a\ud800b', 'utf-8', 'surrogatepass'))
t(lambda: bytes('\u20ac\u2030', 'cp1252'))
t(lambda: bytes('\u0100', 'cp1252'))
t(lambda: bytes('hi', 'utf-8-sig'))
t(lambda: bytes('x', 'ascii', 'bogus'))
t(lambda: bytes('\xe9', 'ascii', 'bogus'))
t(lambda: bytearray('\xe9', 'utf-8'))
try:
    bytes('ab\u20ac', 'ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b'ab\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(isinstance(e, ValueError), isinstance(e, UnicodeError))
