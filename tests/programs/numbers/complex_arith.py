# Complex arithmetic: mixed operands, powers, division, abs, attributes and the errors.

a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), a.real, a.imag)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - True, True - a)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 3, (1 + 1j) ** -1, 2 ** (1j), (1j) ** 0.5, 0j ** 0, 0j ** 2)
print((1 + 2j) ** 10, (2 + 0j) ** 100, (1 + 1j) ** 2.0, pow(1j, 3))
print(a == 3 + 4j, a != b, 1 + 0j == 1, 1.5 + 0j == 1.5, 2j == 2, a == 'a')
print(complex(1e308, 1e308) * 1, complex(0.0, -0.0) * -1, -(0j), 0j - 0j)
print(1e300j * 1e10, (1e200 + 1e200j) / (1e-200 + 1e-200j))
print(bool(0j), bool(-0.0j), bool(1j), bool(complex(0, 1e-300)))
print((2 + 3j).__getnewargs__(), a.__complex__(), type(a.__complex__()).__name__)
print(abs(complex(3e200, 4e200)), abs(-0.0j), abs(complex(float('inf'), float('nan'))))

for f in [lambda: 1j / 0, lambda: 1j / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 1j // 2,
          lambda: 1j % 2, lambda: divmod(1j, 2), lambda: 1j < 2j, lambda: 1j >= 1, lambda: int(1j),
          lambda: float(1j), lambda: abs(complex(1e308, 1e308)), lambda: (1e200 + 1e200j) ** 5,
          lambda: 1j << 1, lambda: ~1j, lambda: round(1j), lambda: pow(1j, 2, 3), lambda: 1j + 'a']:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
