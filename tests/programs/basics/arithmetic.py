# Integer and float arithmetic, including big ints and mixed types.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(2 ** 100, 2 ** -1, (-2) ** 3, -2 ** 2)
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) // 3)
print(1 / 3, 2 / 3, 1e300 * 1e10, -1e300 * 1e10)
print(0.1 + 0.2, 1.1 * 3, 3 * 1.1)
print(True + True, True * 10, False - 1)
print(3 + 4j, (1 + 2j) * (3 - 4j), (1 + 2j) / 2, abs(3 + 4j))
big = 123456789012345678901234567890
print(big * big, big // 97, big % 97, -big // 97)
print(big >> 10, big << 3, big & 0xFFFF, big | 1, big ^ big)
print(divmod(big, 12345), divmod(-17, 5), divmod(17.5, 5))
x = 5
x += 2
x *= 3
x -= 1
x //= 4
x **= 3
x %= 17
print(x)
