import json

# Documents of every str width round-trip, with hooks and options.
docs = [
    {"latin": "caf\u00e9", "bmp": "\u4e2d\u6587", "astral": "\U0001f600", "mix": ["a", "\u00ff", "\uffff"]},
    [1, -2, 3.25, 1e100, -1e-100, 0.1, 123456789012345678901234567890, True, False, None],
    {"nested": {"deep": [[[[{"x": []}]]]]}, "empty": {}, "list": []},
]
for d in docs:
    for kwargs in ({}, {"ensure_ascii": False}, {"indent": 3}, {"indent": "\t", "sort_keys": True},
                   {"separators": (",", ":")}):
        text = json.dumps(d, **kwargs)
        back = json.loads(text)
        print(ascii(text)[:120], back == d)

print(json.loads('"\u4e2d\\u0041\u00e9\\n"'), json.loads('["\U0001f600", "x\\ud83d\\ude00y"]'))
print(json.loads('{"\u4e2d": 1, "a": {"b": [1, {"c": null}]}}'))
try:
    json.loads('"a\x01b')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads('["\u4e2d", 1,, 2]')
except json.JSONDecodeError as e:
    print(e, e.colno)
try:
    json.loads('{"\U0001f600": }')
except json.JSONDecodeError as e:
    print(e)

# Deep nesting hits the recursion limit, not a crash.
for text in ('[' * 100000, '{"a":' * 100000):
    try:
        json.loads(text)
    except RecursionError as e:
        print("RecursionError")
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError:
    print("RecursionError")

# JSONDecoder subclasses and hooks.
class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=Dec))
print(json.loads('[1.5, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[Infinity, -Infinity, NaN]'))
try:
    json.loads('[NaN]', parse_constant=lambda c: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(json.decoder.scanstring('"\\u00e9\\t"', 1))
print(json.encoder.encode_basestring_ascii("\u00e9\U0001f600\x7f"), json.encoder.encode_basestring("\u00e9\x7f\n"))
try:
    json.decoder.scanstring(5, 1)
except TypeError as e:
    print(e)
class Ordered(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()
print(Ordered().encode({"a": [True, None]}))
print(json.dumps({"k": "v"}, indent=2, separators=(",", ": ")))
print(repr(json.dumps({"a": 1, "b": [1, 2]}, indent="")))
