# str.format and format_map: automatic and manual numbering, fields, conversions, nested specs.
print("{} {} {}".format(1, "a", 2.5), "{1} {0} {1}".format("a", "b"), "{x} {y!r} {x!s:>4}".format(x="X", y="Y"))
print("{0[1]} {0[0]}".format(["a", "b"]), "{d[k]} {d[k2]}".format(d={"k": "v", "k2": 3}), "{0.__class__.__name__}".format("s"))
print("{:{w}.{p}f}|{:>{}}|{:{}{}{}}".format(3.14159, "x", 5, "y", "*", "^", 7, w=8, p=2))
print("{{}} {{{0}}} }}{{".format(7), "{!a}".format("é"), "{0!r:^10}".format("ab"), "{:}".format("plain"))
print("{a[0]}{a[1]}".format(a="xy"), "{0[-1]}".format({"-1": "neg"}), "{:,}".format(1234567))
print("{name:=^11}".format(name="mid"), "{:<5}|{:>5}|{:^5}|{:5}|{:5}".format("a", "b", "c", "d", 3))
print("{0}{0}".format("é"), "{}".format("😀"), "{:.2}".format("abc"), "{:x<4.1}".format("yz"), "{:\x00^5}".format("q").__len__())
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default:
    def __getitem__(self, key):
        return "<" + key + ">"
print("{known} {unknown}".format_map(Default()))
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
print("{:abc}".format(P()), "{0:{1}}".format(P(), "nested"), format(P(), "z"), f"{P():q{1 + 1}}")
errors = ["{", "}", "{0", "{0!}", "{0!x}", "{0:{1:{2}}}", "{} {0}", "{0} {}", "{1}", "{x}", "{0[}", "{0.}", "{:d}", "{:s}",
          "{0[0]}", "{:=}", "{:,s}", "{:#}", "{0!r", "{!}", "{0:<<<}", "{0:10000000000000000000000}"]
for fmt in errors:
    try:
        fmt.format("arg")
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as e:
        print(repr(fmt), type(e).__name__ + ":", repr(e.args[0]) if isinstance(e, KeyError) else e)
try:
    "{a}".format_map(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "{a}".format_map({})
except KeyError as e:
    print("KeyError:", repr(e.args[0]))
