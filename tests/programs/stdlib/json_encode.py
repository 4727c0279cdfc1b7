import json
class MyInt(int): 
    def __repr__(self): return "MyInt!"
class MyFloat(float):
    def __repr__(self): return "MyFloat!"
class MyStr(str): pass
vals = [None, True, False, 0, -5, 10**30, 1.5, 1e16, 1e-7, -0.0, float('nan'), float('inf'), float('-inf'),
        "plain", "é☃😀\x00\x1f\"\\\n\t/\x7f", [], {}, (), [1, [2, [3]]], {"a": {"b": []}},
        {1: 2, 1.5: 3, True: 4, None: 5, False: 6}, MyInt(7), MyFloat(2.5), MyStr("s"), {MyStr("k"): 1},
        "\ud800", "\udc00x"]
for v in vals:
    print(json.dumps(v), ascii(json.dumps(v, ensure_ascii=False)))
doc = {"name": "x", "list": [1, 2.5, {"q": None}], "empty": [], "e2": {}, "t": (1, 2)}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent="\t", sort_keys=True))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, separators=(',', ':')))
print(json.dumps(doc, indent=2, separators=(', ', ' = ')))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
for bad in [{(1, 2): 3}, [set()], {"a": object}, float('nan')]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except Exception as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
l = [1]; l.append(l)
try: json.dumps(l)
except Exception as e: print(type(e).__name__, e)
d = {}; d['d'] = d
try: json.dumps(d)
except Exception as e: print(type(e).__name__, e)
try: json.dumps(d, check_circular=False)
except Exception as e: print(type(e).__name__)
print(json.dumps({1, 2, 3} and sorted({3, 1, 2}), default=list))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2+3j], cls=Enc))
try: json.dumps([object()], cls=Enc)
except TypeError as e: print(e)
print(Enc(indent=1).encode({"a": [1]}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
try: json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e: print(e)
import io
class F:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def read(self): return "{\"y\": [true, false, null]}"
f = F(); json.dump({"x": [1, 2]}, f, indent=1); print(f.parts)
print(json.load(F()))
print(json.loads('{"a": 1, "a": 2, "b": 1.25}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1, 2.5, NaN]', parse_float=str, parse_int=lambda s: int(s) * 10, parse_constant=lambda c: c.lower()))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.decode('  {"k" : "v" }  '))
e = json.JSONDecodeError("Oops", "ab\ncd", 4)
print(e, e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError), e.__reduce__())
print(json.dumps("x" * 3, indent=4), json.dumps([[]], indent=2), json.dumps([{}], indent=2))
print(repr(json.dumps([1, 2], indent=-1)))
print(json.loads('"\\/\\b\\f\\n\\r\\t\\"\\\\"'))
print(json.dumps(json.loads('{"emoji": "\\ud83d\\ude00", "lone": "\\udbff"}')))
print(json.loads(b'{"bytes": 1}'), json.loads(bytearray(b'[2]')))
print(json.__all__)
class ItemsDict(dict):
    def items(self): return [('z', 1), ('a', 2)]
print(json.dumps(ItemsDict(q=5)), json.dumps(ItemsDict(q=5), indent=1), json.dumps(ItemsDict(q=5), sort_keys=True))
class PlainSub(dict): pass
class ListSub(list): pass
print(json.dumps(PlainSub(q=5)), json.dumps(ListSub([1, 2])), json.dumps({"t": (1, (2, 3))}))
