# Star patterns in every position, and minimum lengths.
def where_star(s):
    match s:
        case [*head, 0]:
            return f"ends in 0, head={head}"
        case [0, *tail]:
            return f"starts with 0, tail={tail}"
        case [a, *mid, b, c]:
            return f"a={a} mid={mid} b={b} c={c}"
        case [*everything]:
            return f"short: {everything}"


for s in [[1, 2, 0], [0, 5, 6], [1, 2, 3, 4, 5], [1, 2, 3], [1, 2], [0]]:
    print(s, "->", where_star(s))
match list(range(5)):
    case [*_, x, _]:
        print("second to last", x)
