# Literal patterns: numbers, strings, bytes, None/True/False, negative and complex numbers.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2 + 3j:
            return "complex"
        case "hello":
            return "greeting"
        case "con" "cat":
            return "concatenated"
        case b"bytes":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return f"other {x!r}"


for v in [0, 1, 3, -1, 1.5, -2 + 3j, "hello", "concat", b"bytes", None, True, False, 0.0, 1.0, "x", 4]:
    print(repr(v), "->", describe(v))
