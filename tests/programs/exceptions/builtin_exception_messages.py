# Messages of common builtin exceptions.
nothing = None
five = 5
tests = [
    lambda: [1][5],
    lambda: (1,)[-3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: {}.pop("x"),
    lambda: set().pop(),
    lambda: [].pop(),
    lambda: [].remove(1),
    lambda: (1, 2).index(3),
    lambda: "abc".index("z"),
    lambda: int("1.5"),
    lambda: float("x1"),
    lambda: None.attr,
    lambda: nothing(),
    lambda: five[0],
    lambda: len(5),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: "a" * "b",
    lambda: 1 + None,
    lambda: [] + {},
    lambda: {}[[]],
    lambda: hash([]),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: bytes([300]),
    lambda: "x".encode("nonexistent-codec"),
    lambda: b"\xff".decode("utf-8"),
    lambda: "é".encode("ascii"),
    lambda: divmod(1, 0),
    lambda: range(1, 2, 0),
    lambda: [].sort(key=1),
    lambda: sorted([1, "a"]),
    lambda: max([]),
    lambda: dict([(1, 2, 3)]),
    lambda: tuple.__new__(list),
    lambda: object.__new__(int),
    lambda: int.from_bytes("x", "big"),
    lambda: "{:d}".format("s"),
    lambda: getattr(1, "nope"),
    lambda: setattr(1, "x", 2),
    lambda: slice(1)[0],
    lambda: memoryview(5),
    lambda: isinstance(1, 5),
    lambda: issubclass(1, int),
    lambda: super(),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
