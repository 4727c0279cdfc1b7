# Imaginary and complex literals.
print(1j, 1J, 0j, 1.5j, .5j, 1e3j, 1_0j, 00j, 09j, 1e-3J)
print(1 + 2j, 1 - 2j, -1j, -(1j), (1 + 0j), 0 + 0j, -0j, 0j * -1)
print(2j * 2j, (1 + 1j) ** 2, (3 + 4j).real, (3 + 4j).imag, (3 + 4j).conjugate())
print(complex(1, 2), complex("1+2j"), complex(" 3j "), complex(2), complex(), complex("-1.5e3-2j"))
print(1e309j, -1e309j, (1e309j).real, 1j ** 0, 0j ** 0)
print(type(1j).__name__, 1j == complex(0, 1), (2 + 0j) == 2, abs(-3j))
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print(e)
try:
    complex("1+2")
except ValueError as e:
    print(e)
