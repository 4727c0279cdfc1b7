# Arithmetic on huge ints, and the 4300-digit limit of int <-> str conversion.
import sys

big = 10**100000
print(big.bit_length())
print((big + 1) % 1000, (big - 1) % 1000)
print((big * big).bit_length())
print((big // (10**99990)) == 10**10)
print(big % 7, pow(3, 100000, 10**9 + 7))
print((big >> 300000).bit_length(), (1 << 100000).bit_length())
print(-big < 0, (-big).bit_length(), abs(-big) == big)
print(hash(big) == hash(10**100000))
print(big.to_bytes(41525, "big")[:2], len(big.to_bytes(41525, "little")))
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    repr(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("7" * 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    f"{big}"
except ValueError as e:
    print("ValueError:", type(e).__name__)
print(len(str(10**4299)), int("9" * 4300) == 10**4300 - 1)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(big)), int("7" * 5000) % 1000)
