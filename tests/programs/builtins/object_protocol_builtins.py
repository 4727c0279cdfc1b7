# Builtins that call special methods: len, iter, reversed, bool, hash, format, dir, sorted keys.
class Everything:
    def __len__(self):
        return 2

    def __iter__(self):
        return iter(["x", "y"])

    def __reversed__(self):
        return iter(["y", "x"])

    def __bool__(self):
        return False

    def __hash__(self):
        return 12345

    def __format__(self, spec):
        return f"formatted[{spec}]"

    def __dir__(self):
        return ["b", "a"]

    def __lt__(self, other):
        return True

    def __contains__(self, item):
        return item == "z"


e = Everything()
print(len(e), list(e), list(reversed(e)), bool(e), hash(e), format(e, "spec"), dir(e), "z" in e, "x" in e)
print(sorted([e, e]) == [e, e], min(e, e) is e, list(enumerate(e)), dict.fromkeys(e), set(e) == {"x", "y"})


class BadHash:
    def __hash__(self):
        return "not an int"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))
