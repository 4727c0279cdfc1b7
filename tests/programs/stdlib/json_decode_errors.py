import json
cases = ['', ' ', '[', '[1', '[1,', '[1,]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{1:2}', '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"\\ud800"', '"\\ud800\\u"','"\\ud800\\uzzzz"', '"a\x01b"', '"a\\', '[1] 2', 'nul', 'NaN', '-Infinity', '-', '-a', '01', '1.', '1e', '1.5e+', '[1 2]', '{"a" 1}', '{"a":1 "b":2}', 'tru', '"\\', '\ufeff1', '[1,\n2,\n  x]', '{"a":1}\n\n  x', '1' * 5000, '"\x7f"', '"\ud800"', 'Infinityx', '[-]', '{"a":-}', '[1,2', '{"":{}', '"\\u00e9\\uD83D\\uDE00"', '[1.5E3, -0, -0.0, 1e400, 12345678901234567890123]']
for c in cases:
    try:
        print(repr(c[:30]), repr(json.loads(c)))
    except Exception as e:
        print(repr(c[:30]), type(e).__name__, e, getattr(e, 'pos', None), getattr(e, 'lineno', None), getattr(e, 'colno', None))
print(json.decoder.scanstring('"abc"x', 1))
print(json.decoder.scanstring('"a\x01b"', 1, False))
try: json.decoder.scanstring('"a\x01b"', 1, True)
except Exception as e: print(e)
print(json.loads('"a\x01\\n"', strict=False))
try: json.loads(b'\xef\xbb\xbf[1]')
except Exception as e: print(e)
print(json.loads(b'\xef\xbb\xbf[1]'.decode('utf-8-sig')))
print(json.loads('[1]'.encode('utf-16')), json.loads('[2]'.encode('utf-16-le')), json.loads('[3]'.encode('utf-32-be')))
try: json.loads(3)
except Exception as e: print(e)
