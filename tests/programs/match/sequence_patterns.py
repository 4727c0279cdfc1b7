# Sequence patterns: fixed length, star captures, nested, tuples vs lists, strings excluded.
def seq(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"one: {only}"
        case [first, second]:
            return f"two: {first}, {second}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} middle={middle}"
        case (first, *rest):
            return f"first={first} rest={rest}"


for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), range(3), "ab", b"ab", {1: 2}, {5}]:
    try:
        print(repr(v), "->", seq(v))
    except Exception as e:
        print(repr(v), "->", type(e).__name__)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
match (1, 2, 3):
    case [*_, 3]:
        print("tuple matched by list pattern ending in 3")
match [1, 2]:
    case (1, 2, *rest):
        print("rest is a list:", rest, type(rest).__name__)
match "abc":
    case [*chars]:
        print("string matched", chars)
    case _:
        print("strings do not match sequence patterns")
