# Case conversion and classification methods.
s = "Hello, World! ß ǅ 123"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print("hello world".title(), "they're bill's".title(), "ABC".lower().islower(), "".isupper())
for t in ["abc", "ABC", "Abc", "123", "1.5", "a1", " ", "", "\t\n", "Ⅻ", "²", "٣", "Title Case", "_x", "x y"]:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.isspace(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
