# Guards: evaluated only after the pattern matches, with side effects and captures.
def check(v):
    print("  guard evaluated for", v)
    return v % 2 == 0


for value in [1, 2, 3, 4, "x"]:
    match value:
        case int(n) if check(n):
            print(value, "even")
        case int(n) if n > 2:
            print(value, "odd and big")
        case int():
            print(value, "odd and small")
        case str() as s if (length := len(s)) > 0:
            print(value, "string with length", length)
match [1, 2]:
    case [a, b] if a > b:
        print("no")
    case [a, b] if (total := a + b) == 3:
        print("sum guard matched", total)
x = 0
match 10:
    case y if (x := y * 2):
        print("walrus in guard", x, y)
