# str() on many objects, repr() escaping, and ascii().
class WithStr:
    def __str__(self):
        return "custom str"


class OnlyRepr:
    def __repr__(self):
        return "custom repr"


print(str(WithStr()), str(OnlyRepr()), repr(OnlyRepr()), f"{OnlyRepr()}")
for v in ["", "'", '"', "'\"", "\\", "\x00\x1f\x7f", "\u0080\u00a0\u00ad", "é\u200b", "\U0001F600", "\ud800"]:
    print(repr(v), ascii(v))
print(str(), str(""), str(1j), str(-0.0), str(10**20), str(1e20), str(True), str(...), str(range(3)))
print(repr([1.0, "s", None, (1,), {1: {2}}]), str({"k": "v"}), repr(frozenset()), repr(set()))
print(str(b"\x00abc", "latin-1"), str(bytearray(b"xy"), "ascii"), str(object).startswith("<class"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
