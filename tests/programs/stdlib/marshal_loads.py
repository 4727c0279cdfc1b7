# marshal.loads / load / dump
import io
import marshal

print(marshal.loads(b"N"), marshal.loads(b"T"), marshal.loads(b"F"), marshal.loads(b"."), marshal.loads(b"S"))
print(marshal.loads(b"i\x01\x00\x00\x00"), marshal.loads(b"\xe9\xff\xff\xff\xff"), marshal.loads(b"I\x00\x00\x00\x00\x01\x00\x00\x00"))
print(marshal.loads(b"l\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04"), marshal.loads(b"l\x00\x00\x00\x00"))
print(marshal.loads(b"f\x031.5"), marshal.loads(b"g\x00\x00\x00\x00\x00\x00\xf8?"), marshal.loads(b"x\x011\x012"))
print(repr(marshal.loads(b"z\x03abc")), repr(marshal.loads(b"u\x02\x00\x00\x00\xc3\xa9")), repr(marshal.loads(b"s\x02\x00\x00\x00xy")))
print(repr(marshal.loads(b"u\x03\x00\x00\x00\xed\xb2\x80")))
print(marshal.loads(b"(\x02\x00\x00\x00i\x01\x00\x00\x00N"), marshal.loads(b")\x00"), marshal.loads(b"[\x00\x00\x00\x00"))
print(marshal.loads(b"{\xda\x01a\xe9\x01\x00\x00\x000"), marshal.loads(b"<\x01\x00\x00\x00N"), marshal.loads(b">\x00\x00\x00\x00"))
print(marshal.loads(bytearray(b"N")), marshal.loads(memoryview(b"T")))
print(marshal.loads(b"i\x05\x00\x00\x00trailing"))

# references keep shared objects shared
x = marshal.loads(b"[\x02\x00\x00\x00\xdb\x01\x00\x00\x00\xe9\x01\x00\x00\x00r\x00\x00\x00\x00")
print(x, x[0] is x[1])
x = marshal.loads(marshal.dumps((["a b"], ["a b"])))
print(x, x[0] is x[1])
shared = [1, 2]
x = marshal.loads(marshal.dumps({"k": shared, "j": shared}))
print(x, x["k"] is x["j"])

# code objects
def f(a, b=2):
    return a + b

code = marshal.loads(marshal.dumps(f.__code__))
print(type(code).__name__, code.co_name, code.co_varnames, code.co_argcount, code == f.__code__)
g = type(f)(code, {}, "g", (10,))
print(g(1), g(1, 5))
print(marshal.dumps(f.__code__) == marshal.dumps(f.__code__))
mod = compile("x = [1, 2]\nprint('from marshalled code', x)\ndef h(n):\n    return n * 2\nprint(h(21))", "<m>", "exec")
exec(marshal.loads(marshal.dumps(mod)), {})

# dump / load with files
buf = io.BytesIO()
marshal.dump({"a": [1, 2.5]}, buf)
marshal.dump("second", buf, 2)
marshal.dump(2**70, buf)
print(buf.getvalue())
buf.seek(0)
print(marshal.load(buf), marshal.load(buf), marshal.load(buf))
try:
    marshal.load(buf)
except EOFError as e:
    print("EOFError", e)
