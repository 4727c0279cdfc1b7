# TypeErrors of numeric operators and builtins on unsupported operands, with CPython's wording.

cases = [
    lambda: 1 + 'a', lambda: 'a' - 1, lambda: 1.5 * None, lambda: [] / 2, lambda: 2 // {},
    lambda: 3 % (), lambda: 2 ** 'x', lambda: 1 @ 2, lambda: 1.5 << 1, lambda: 1 >> 1.5,
    lambda: 1 & 1.0, lambda: 1j | 1, lambda: 2 ^ 2.0, lambda: -'a', lambda: +None, lambda: ~1.5,
    lambda: ~1j, lambda: abs('a'), lambda: divmod(1, 'a'), lambda: divmod(1j, 1j),
    lambda: pow(2, 3, 4.5), lambda: pow('a', 2, 3), lambda: round([]), lambda: 1 < None,
    lambda: 1.5 >= 'x', lambda: 1j > 0, lambda: int([]), lambda: float(()), lambda: complex({}),
    lambda: int('1', base='2'), lambda: (5).to_bytes('1', 'big'), lambda: (5).bit_length(2),
    lambda: float.fromhex(5), lambda: int.from_bytes(), lambda: (1.5).as_integer_ratio(2),
    lambda: divmod(), lambda: abs(1, 2), lambda: pow(1, 2, 3, 4), lambda: round(1.5, 2, 3),
]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)

x = 5
try:
    x += 's'
except TypeError as e:
    print('TypeError:', e)
try:
    x **= []
except TypeError as e:
    print('TypeError:', e)
try:
    x @= 2
except TypeError as e:
    print('TypeError:', e)
