# Invalid escape sequences warn at compile time but keep the backslash.
s = "\d\w\s"
print(s, len(s))
b = b"\u00e9 \N{BULLET} \q"
print(b, len(b))
print("\400" == "\u0100", len("\777"))
print(r"\d is fine raw", "\\d is fine escaped")
