# int behaviour: bases, bit operations, big values, conversions.
print(int("42"), int("-0x1f", 16), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("  12  "), int("1_000"), int(3.99), int(-3.99), int(True))
print(hex(255), oct(8), bin(5), hex(-255), bin(0))
print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (2**100).bit_length())
print((10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(~5, ~-1, -~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -1 >> 3, 2**70 >> 60)
print(abs(-10**30), pow(3, 200, 1000), pow(2, -1, 7), pow(-2, 3))
print((7).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print(int.__name__, isinstance(True, int), type(10**40).__name__)
print(17 // 5 * 5 + 17 % 5 == 17, (-17) // 5 * 5 + (-17) % 5 == -17)
print((2**64).as_integer_ratio(), (12).bit_count())
print(1_000_000 * 1_000_000, 0xDEAD_BEEF, 0o7_7, 0b1_0)
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    int("1", 1)
except ValueError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
