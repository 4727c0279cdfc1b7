# AS patterns on every kind of sub-pattern.
match [1, (2, 3), {"k": "v"}]:
    case [int() as i, (a, b) as pair, {"k": str() as s} as mapping] as whole:
        print(i, pair, a, b, s, mapping, whole)
match 5:
    case (1 | 5) as n:
        print("or-pattern captured", n)
match {"x": [1, 2]}:
    case {"x": [_, *_] as lst}:
        print("list captured", lst)
match "text":
    case str() as s if s.startswith("t"):
        print("guarded capture", s)
