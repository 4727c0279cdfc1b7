# int/float/complex/str/bytes/bool/list/tuple/set/dict conversions.
print(int("10"), int("-0b11", 0), int(" 7 "), int(2.9), int(-2.9), int("1_0"), int(b"12"), int(True))
print(float("3.5"), float(" -inf "), float(2), float("1e-3"), float("  nan ") != float("nan"), float(True))
print(complex("1+2j"), complex(1.5), complex(1, -1), complex("j"), complex(real=2, imag=3))
print(str(1), str(1.25), bytes("abc", "ascii"), bytes(4), bytes([1, 2]), bool(""), bool("0"), bool(0.0))
print(list("abc"), tuple([1, 2]), set("aab") == {"a", "b"}, dict([(1, 2)]), dict(a=1), dict({1: 2}, b=3))
print(list({"x": 1}.items()), tuple(range(3)), list(map(int, "123")), frozenset([1, 1]))


class Intish:
    def __int__(self):
        return 42

    def __index__(self):
        return 7

    def __float__(self):
        return 2.5

    def __complex__(self):
        return 1j


i = Intish()
print(int(i), float(i), complex(i), [0, 1, 2, 3, 4, 5, 6, 7][i], bin(i), hex(i))


for bad in ["", "1.5", "0x", "١٢", "1e5"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    float("1,5")
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
print(int("9" * 50), int("z" * 5, 36), int("-0"), float("-0"), int(1e20), float(10 ** 30))
