# divmod, pow (with modulus), round (with ndigits), abs.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(3, -1, 7), pow(-3, 3), pow(2.0, 0.5), pow(0, 0))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(round(3.14159), round(3.14159, 2), round(2.5), round(3.5), round(-0.5), round(1234, -2), round(1250, -2))
print(round(0.125, 2), round(0.135, 2), round(5, 2), type(round(5.5)).__name__, type(round(5.5, 0)).__name__)
print(round(float("inf"), 2), round(1e300, -300), round(-1.5), round(15.5, -1))
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(abs(-5), abs(5), abs(-2.5), abs(3 + 4j), abs(-0.0), abs(True), abs(-10 ** 30))


class R:
    def __round__(self, n=None):
        return f"rounded to {n}"

    def __abs__(self):
        return "absolute"


print(round(R()), round(R(), 3), abs(R()))
