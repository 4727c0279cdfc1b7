# Expressions the compiler folds: results must match unfolded evaluation.
print(2 ** 10, 2 ** 64, -2 ** 2, (-2) ** 2, 1 << 10, 7 // 2, 7 % 3, 1 / 4)
print("ab" * 3, b"x" * 4, "a" + "b", (1, 2) + (3,), (1,) * 3, -(-5), +5, ~5, not 0)
print(2 ** -2, 10 ** 30, "x" * 0, (1, 2) * 0, 3 * "ab")
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(1 if True else 2, "yes" if 0 else "no", [1, 2, 3][1], "abc"[-1], (4, 5, 6)[::2])
print("abcdef"[1:4], (0, 1, 2, 3)[1:], 1 < 2, 1 == 1.0, "a" < "b")
print(__debug__, not __debug__, 5 if __debug__ else 6)
n = 2 ** 200
print(n, 4 ** 0.5, 1e3 * 1e3, 0.1 * 3, 10 ** -3)
print("a" * 4096 == "a" * 4096, len("a" * 5000), len((None,) * 300))
print(-0.0, 0.0 * -1, -(0.0), 1 - 1.0, (-0.0) + 0)
print((1, (2, 3), "x", None, True, 1.5, 2j, b"b", ...))
print(frozenset({1, 2}) if True else None, 3 in (1, 2, 3), "b" in "abc", 3 not in [1, 2])
