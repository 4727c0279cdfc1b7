# An uncaught ValueError from an f-string's format spec applied to a str.
width = 6
name = "pyrs"
print(f"[{name:>{width}}]")
print(f"[{name:+{width}}]")
