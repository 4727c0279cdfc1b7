# Capture patterns, wildcards, and binding after failed alternatives.
def f(x):
    match x:
        case [a, _, _]:
            return f"three items, first {a}"
        case [_, *_]:
            return "non-empty sequence"
        case whole:
            return f"captured whole: {whole!r}"


print(f([1, 2, 3]), f([9]), f("str is not a sequence pattern"), f(5))
match 42:
    case n:
        print("bound", n)
print("n after match:", n)
match (1, 2):
    case (x, y) if x > y:
        print("not this")
    case (x, y):
        print("x, y =", x, y)
print(x, y)
