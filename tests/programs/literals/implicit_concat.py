# Adjacent string literals are joined at compile time.
print("a" "b" 'c' """d""" '''e''')
print("raw" r"\n" "esc\n" r"\t", end="|\n")
print(b"by" b"tes" rb"\x")
x = ("one "
     "two "
     'three')
print(x)
print("con" f"cat{1 + 1}" "ena" f"{'tion'}")
print(f"{1}" "plain" f"{2}")
print("a" """
multiline""")
d = {"ke" "y": "va" "lue"}
print(d)
print(len("abc" "def"), ("x" "y").upper())
def f():
    "doc" "string"
print(f.__doc__)
print("" "" "", repr("" ""))
