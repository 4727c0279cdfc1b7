# An uncaught TypeError from str.join over an item that is not a str.
parts = ["a", "b", 3, "d"]
print("-".join(["a", "b"]))
print("-".join(parts))
