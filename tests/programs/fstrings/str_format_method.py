# str.format and the % operator.
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x} {y}".format(x=1, y=2))
print("{0[1]} {0[0]}".format(["a", "b"]), "{d[k]}".format(d={"k": "v"}), "{.real}".format(3))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"), "{:{}{}}".format(1.5, ">", 8))
print("{!r} {!s} {!a}".format("x", "y", "é"), "{{}} {}".format("braces"))
print("{0}{1}{0}".format("ab", "-"), "{:,}".format(10**7), "{:.3%}".format(0.25))
print("%s %r %d %5.2f %-5d| %05d %x %X %o %e %%" % ("s", "r", 42, 3.14159, 7, 42, 255, 255, 8, 1000.0))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%c%c" % (72, "i"), "%s" % (1,))
print("%10s|%-10s|" % ("right", "left"), "%.2s" % "abcdef", "%+d % d" % (5, 5), "%#x %#o" % (255, 8))
print("%s" % [1, 2], "%s %s" % ("a", "b"), "%a" % "é", "%i" % 3.9, "%g %G" % (1e-10, 1e20))
print(b"%s %d %b" % (b"bytes", 5, b"x"), b"%c" % 65, b"%x" % 255)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "{0} {2}".format(1, 2)
except IndexError as e:
    print("IndexError:", e)
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
print(format(1234.5, ",.1f"), format("s", "^5"), format(10, "b"), format(3), format(None))
print("{:%Y}".format(type("D", (), {"__format__": lambda self, spec: "spec=" + spec})()))
