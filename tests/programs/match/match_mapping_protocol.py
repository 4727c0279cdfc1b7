# Mapping patterns use .get-like lookups on mappings only; sequences vs mappings dispatch.
class Tracking(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)

    def __getitem__(self, key):
        print("  getitem", key)
        return super().__getitem__(key)


match Tracking(a=1, b=2):
    case {"a": 1, "b": b}:
        print("matched b =", b)
for subject in [{"a": 1}, [("a", 1)], "a"]:
    match subject:
        case {"a": v}:
            print(type(subject).__name__, "is a mapping with a =", v)
        case [*_]:
            print(type(subject).__name__, "is a sequence")
        case _:
            print(type(subject).__name__, "matches neither")
