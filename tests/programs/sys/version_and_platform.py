# sys's version facts.
import sys
print(sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel)
print(sys.hexversion >> 16 == 0x30C, sys.api_version)
print(sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.byteorder)
print(sys.platform, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(type(sys.version).__name__)
print(sys.implementation.version.major, sys.implementation.hexversion == sys.hexversion)
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1))
print(sys.int_info.bits_per_digit in (15, 30), sys.float_info.max > 1e308, sys.float_info.dig)
print(sys.float_info.mant_dig, sys.float_info.epsilon == 2.0 ** -52, sys.float_info.radix)
print(sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.imag)
print(sys.float_repr_style, sys.dont_write_bytecode in (True, False))
print(type(sys.warnoptions).__name__, type(sys.orig_argv).__name__, type(sys.path).__name__)
