# Singletons match by identity; numbers by equality, including across int/float/bool.
for v in [1, 1.0, True, 0, False, 0.0, None]:
    match v:
        case True:
            r = "is True"
        case False:
            r = "is False"
        case None:
            r = "is None"
        case 1:
            r = "== 1"
        case 0:
            r = "== 0"
        case _:
            r = "other"
    print(repr(v), r)
match 1.0:
    case 1:
        print("1.0 matches literal 1")
match -0.0:
    case 0:
        print("-0.0 matches 0")
match 2 ** 100:
    case 1267650600228229401496703205376:
        print("big int literal")
