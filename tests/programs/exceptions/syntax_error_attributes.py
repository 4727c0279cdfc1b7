# SyntaxError's fields and its str from msg, filename and lineno.
e = SyntaxError("invalid syntax", ("dir/prog.py", 3, 7, "x = = 1\n", 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
print(e)
print(repr(e))
print(e.args)
print(SyntaxError("no details"))
print(SyntaxError("m", ("f.py", None, 1, "t", None, None)))
print(SyntaxError("m", (None, 9, 1, "t")))
print(SyntaxError())
print(SyntaxError().msg, SyntaxError().lineno)
print(SyntaxError("a", "b", "c").msg, SyntaxError("a", "b", "c").filename)
for bad in [(1, 2), 5, (1, 2, 3, 4, 5, 6, 7)]:
    try:
        SyntaxError("m", bad)
    except TypeError as err:
        print("TypeError:", err)
i = IndentationError("expected an indented block", ("m.py", 2, 1, "x\n"))
print(type(i).__name__, i, isinstance(i, SyntaxError))
t = TabError("inconsistent use of tabs", ("t.py", 4, 2, "\tx\n"))
print(t, isinstance(t, IndentationError))
e.lineno = 10
e.filename = "other.py"
print(e)
