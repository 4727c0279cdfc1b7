# Mapping patterns: required keys, extra keys, **rest, nested, and value keys.
def m(x):
    match x:
        case {"type": "point", "x": x0, "y": y0}:
            return f"point {x0},{y0}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={rest}"
        case {"nested": {"deep": value}}:
            return f"deep {value}"
        case {1: one, None: nothing}:
            return f"non-string keys {one} {nothing}"
        case {}:
            return "any mapping"


print(m({"type": "point", "x": 1, "y": 2, "ignored": 0}))
print(m({"type": "circle", "r": 5, "color": "red", "z": 0}))
print(m({"nested": {"deep": [1, 2]}}))
print(m({1: "a", None: "b"}))
print(m({"type": "unknown"}))
print(m([("type", "point")]) if False else m({}))


class Const:
    KEY = "k"


match {"k": 1}:
    case {Const.KEY: v}:
        print("value-pattern key", v)


class MyMap(dict):
    def __missing__(self, key):
        return "missing not used by match"


match MyMap(a=1):
    case {"b": _}:
        print("wrong")
    case {"a": a}:
        print("dict subclass", a)
match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print("others", others)
