# Or-patterns with captures bound in every alternative.
def f(cmd):
    match cmd:
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", obj] | ["take", obj]:
            return f"taking {obj}"
        case [("quit" | "exit")]:
            return "bye"
        case [1 | 2 as n, *_] | [*_, 3 | 4 as n]:
            return f"number alternative {n}"
        case (0, x) | (x, 0):
            return f"zero pair other={x}"
        case _:
            return "unknown"


for c in [["go", "north"], ["go", "up"], ["pick", "key"], ["take", "lamp"], ["quit"], ["exit"],
          [2, 9], [9, 9, 4], (0, 7), (7, 0), []]:
    print(c, "->", f(c))
