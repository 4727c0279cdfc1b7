# A source file starting with a UTF-8 byte order mark.
x = "café"
print(x, len(x))
print(__doc__)
