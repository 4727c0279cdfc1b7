# Encodings, error handlers and newline translation.
name = "encodings_newlines.scratch"
with open(name, "w", encoding="utf-8") as f:
    f.write("caf\u00e9 \u20ac\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(ascii(f.read()))
with open(name, "w", encoding="latin-1") as f:
    f.write("caf\u00e9\n")
with open(name, "rb") as f:
    print(f.read())
try:
    with open(name, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(name, encoding="utf-8", errors="replace") as f:
    print(ascii(f.read()))
with open(name, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(name, "rb") as f:
    print(f.read())
with open(name) as f:
    print(repr(f.read()))
with open(name, newline="") as f:
    print(f.readlines())
with open(name, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(name, "rb") as f:
    print(f.read())
try:
    open(name, newline="bad")
except ValueError as e:
    print(e)
