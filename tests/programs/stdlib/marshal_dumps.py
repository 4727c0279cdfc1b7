# marshal.dumps: the bytes CPython 3.12 writes, at every version
import marshal

print(marshal.version)
print(marshal.dumps(None), marshal.dumps(True), marshal.dumps(False))
print(marshal.dumps(...), marshal.dumps(StopIteration))
print(marshal.dumps(0), marshal.dumps(1), marshal.dumps(-5), marshal.dumps(1000))
print(marshal.dumps(2**31 - 1), marshal.dumps(2**31), marshal.dumps(-2**31), marshal.dumps(-2**31 - 1))
print(marshal.dumps(2**40), marshal.dumps(-2**100), marshal.dumps(12345678901234567890))
inf = float("inf")
print(marshal.dumps(1.5), marshal.dumps(0.0), marshal.dumps(-0.0), marshal.dumps(inf))
print(marshal.dumps(1 + 2j), marshal.dumps(-1.5j))
print(marshal.dumps("abc"), marshal.dumps("a b"), marshal.dumps(""), marshal.dumps("héllo"))
print(marshal.dumps("x" * 300)[:8], len(marshal.dumps("x" * 300)))
print(marshal.dumps("\udc80"), marshal.dumps("\U0001f600"))
print(marshal.dumps(b""), marshal.dumps(b"A"), marshal.dumps(b"xy"))
print(marshal.dumps(bytearray(b"ab")), marshal.dumps(memoryview(b"ab")))
print(marshal.dumps(()), marshal.dumps((1, 2)))
print(marshal.dumps([1, 2]), marshal.dumps([1, 1]), marshal.dumps([1000, 1000]))
print(marshal.dumps({"a": 1, "b": [1, 2]}))
print(marshal.dumps({3, 1, 2, 40}), marshal.dumps(frozenset({(1, 2), 9})), marshal.dumps(frozenset()))
print(marshal.dumps(tuple(range(300)))[:8])
print(marshal.dumps(("ab", "ab")), marshal.dumps(["a b", "a b"]))
print(marshal.dumps("".join(["a", "b"])), marshal.dumps(tuple(["x"])))
print(marshal.dumps(list(range(2))), marshal.dumps([1] * 2), marshal.dumps([1] + [2]))

# shared objects are written once, then referenced
x = [1]
print(marshal.dumps(x), marshal.dumps([x]), marshal.dumps([x, x]))
print(marshal.dumps([[1], [2]]))
s = "hello world"
print(marshal.dumps((s, s)))
y = 10**30
print(marshal.dumps([y, y]))
t = (1, 2)
print(marshal.dumps([t, t]))
l = []
l.append(l)
print(marshal.dumps(l))
d = {}
d["self"] = d
print(marshal.dumps(d))

# versions
for v in (0, 1, 2, 3, 4, 5, -1):
    print(v, marshal.dumps(1.5, v), marshal.dumps(1 + 2j, v), marshal.dumps("abc", v), marshal.dumps("é", v))
    print(v, marshal.dumps((1,), v), marshal.dumps(2**40, v), marshal.dumps([x, x], v))
for f in (0.1, 1e100, float("nan"), -0.0, 1e-7, 123456789.0, 5e-324, 1.7976931348623157e308, 0.0001, 1e16, 1e17, 123.456, -2.5):
    print(marshal.dumps(f, 1))

# dumps then loads gives the value back
for v in [None, True, 0, -1, 2**100, 1.25, 3j, "s", "é\U0001f600", b"b", (), (1, (2, [3])), {1: {2: (3,)}}, {1, 2}, frozenset((5, 6)), ..., StopIteration]:
    for version in range(5):
        back = marshal.loads(marshal.dumps(v, version))
        assert back == v and type(back) is type(v), (v, version, back)
print("round trips ok")
