# printf-style % formatting of str: every conversion, flags, width, precision, * and mapping keys.
print("%s|%r|%a|%c|%c|%%" % ("é", "é", "é😀", 97, "z"))
print("%d %i %u %5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o" % (42, -7, 3, 42, 42, -42, 5, 5, 255, 255, 255, 255, 8, 8))
print("%f|%.2f|%10.3f|%-10.1f|%+.0f|%#.0f|%e|%.3E|%g|%G|%#g|%.0e" % (3.14159, 2.5, -1.5, 0.25, 2.5, 3.0, 12345.678, 0.000123, 1e-5, 1e20, 1.5, 5.5))
print("%*d|%-*d|%.*f|%*.*s" % (6, 42, 4, 7, 2, 3.14159, 5, 2, "abcdef"))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30}, "%(a)s%%" % {"a": 1}, "%(x)s" % {"x": [1, 2]})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", (1, 2)), "%s" % "only", "%r" % ((1,),), "%d%%" % 50)
print("%.3s|%-6s|%6r|%.1a" % ("abcdef", "ab", "ab", "é"), "%s" % 1.5, "%s" % True, "%d" % True, "%x" % -255, "%o" % -8)
print("%5s|%-5c|%3c" % (None, "x", 0x1F600), "%f" % 10**20, "%d" % 10**30, "%x" % 10**25, "%.2f" % 1e300)
print("%f %F %e %g" % (float("inf") if False else 1e400, -1e400, 1e400, -1e400))
print("%i" % 3.99, "%x" % True, "%c" % 256, "%.0f" % 0.5, "%.0f" % 1.5, "%.1f" % 0.25, "%.1f" % 0.35)
print("%#o %#x %#5x %-#6o| %+#x" % (0, 0, 15, 8, 255), "%e" % 0.0, "%g" % 0.0001234, "%g" % 123456789.0)
print("abc" % (), "abc" % {}, "%s" % {"k": "v"}, "%(k)s %(k)r" % {"k": "v"})
errors = [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(a)s", ("x",)), ("%(a)s", {}), ("%c", "ab"), ("%c", 0x110000),
          ("%z", 1), ("%", ()), ("%(a", {"a": 1}), ("%x", 1.5), ("%*d", ("a", 1)), ("%c", 1.5), ("%f", "x"), ("%d", None),
          ("%.*f", (1.5, 2.0)), ("%s %(a)s", {"a": 1}), ("%(a)s %s", {"a": 1})]
for fmt, arg in errors:
    try:
        fmt % arg
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", repr(e.args[0]) if isinstance(e, KeyError) else e)
class M:
    def __getitem__(self, k):
        return k * 2
print("%(ab)s-%(c)s" % M())
