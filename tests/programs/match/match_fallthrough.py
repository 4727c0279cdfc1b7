# No case matching, matches inside loops and functions, and returns from cases.
def first_match(items):
    for item in items:
        match item:
            case int() if item < 0:
                return f"first negative {item}"
            case str():
                continue
            case None:
                break
    else:
        return "loop finished"
    return "broke on None"


print(first_match([1, "a", -5]), first_match([1, 2]), first_match(["x", None, -1]))
match 99:
    case 1:
        print("no")
print("no case matched; nothing printed")
count = 0
for v in range(10):
    match v % 3:
        case 0:
            count += 1
        case 1:
            pass
print("multiples of three:", count)
