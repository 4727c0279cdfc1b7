def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'Hello World 42 \xe9'
t(lambda: b.upper())
t(lambda: b.lower())
t(lambda: b.swapcase())
t(lambda: b'hello wORLD'.title())
t(lambda: b"they're bill's".title())
t(lambda: b'hELLO world'.capitalize())
for s in [b'', b'abc', b'ABC', b'Abc', b'abc1', b'123', b' \t\n', b'Title Case', b'\xe9', b'a b', b'aB']:
    print(repr(s), s.isalnum(), s.isalpha(), s.isdigit(), s.islower(), s.isupper(), s.isspace(), s.istitle(), s.isascii())
t(lambda: bytearray(b'MiXeD').swapcase())
t(lambda: bytearray(b'abc').isalpha())
t(lambda: b'abc'.upper(1))
