# Shifts and bitwise operators on ints of any size and sign, and on bools.

vals = [0, 1, -1, 5, -5, 255, -256, 2**63 - 1, -2**63, 2**64, -2**100 + 3, 2**100 - 1]
for a in vals:
    print(a, ~a, a << 3, a >> 3, a >> 100, a << 65, a & 0xF0F0, a | -16, a ^ 2**70, a & -a)

for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2**80, 2**80 - 1), (-(2**80), 2**80 - 1)]:
    print(a & b, a | b, a ^ b)

print(1 << 62, 1 << 63, 1 << 64, -1 << 63, -1 << 64, (2**62) << 1, 3 << 0, 0 << 10**20)
print(-1 >> 1, -2 >> 1, -3 >> 1, 1 >> 64, -1 >> 64, -(2**64) >> 63, (2**200) >> 190, 5 >> 10**20)
print(True & True, True | False, True ^ True, False ^ False, type(True & True).__name__,
      True & 3, type(True & 3).__name__, 3 | True, True << 3, True >> 1, -True, +True)

for f in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 2**100 << -5, lambda: 1 << 10**30,
          lambda: 1.0 << 1, lambda: 1 & 1.0, lambda: 1 | 'a', lambda: ~1.5, lambda: 1 ^ None]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

x = 6
x &= 3
y = 6
y |= 9
z = 6
z ^= 5
w = 1
w <<= 70
v = 2**70
v >>= 68
print(x, y, z, w, v)
