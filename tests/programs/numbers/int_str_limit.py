# The limit on decimal digits of int <-> str conversions, and sys.set_int_max_str_digits().
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 4299
print(len(repr(big)), len(repr(-big)))
for f in [lambda: repr(10 ** 4300), lambda: repr(-(10 ** 4300)), lambda: int('1' * 4301),
          lambda: int('-' + '9' * 4301), lambda: int('1_' * 4300 + '1')]:
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)

print(int('1' * 4300) % 97, int('f' * 5000, 16) % 97, int('1' * 5000, 2) % 97, int('7' * 5000, 8) % 97)
print(len(hex(10 ** 5000)), len(bin(10 ** 2000)), (10 ** 5000).bit_length())

sys.set_int_max_str_digits(700)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
for f in [lambda: repr(10 ** 700), lambda: int('5' * 701)]:
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
print(len(repr(10 ** 699)), int('5' * 700) % 1000)
for bad in [10, 640, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print('ValueError:', e)
sys.set_int_max_str_digits(0)
print(len(repr(10 ** 10000)), int('3' * 10000) % 1000)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
