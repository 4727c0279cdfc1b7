# Hashes of numbers: equal numbers hash alike across int, float, complex and bool.

for v in [0, 1, -1, -2, 2, 10**18, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 10**30, -10**30,
          2**64 + 3, True, False]:
    print(v, v.__hash__())

for v in [0.0, -0.0, 0.5, 1.5, -1.0, -2.0, 0.1, 1e100, 1e-100, 1e300, 5e-324, 2.0**61, 2.0**70,
          1.7976931348623157e308, float('inf'), float('-inf'), 123456.789]:
    print(repr(v), v.__hash__())

for v in [0j, 1j, 1 + 0j, 2 + 3j, -1 - 1j, 1.5 + 0.5j, complex(1e300, -1e300), complex(float('inf'), 0)]:
    print(v, v.__hash__())

print((1).__hash__() == (1.0).__hash__() == (1 + 0j).__hash__() == True.__hash__())
print((2**70).__hash__() == (2.0**70).__hash__(), (0.5).__hash__() == (0.5 + 0j).__hash__())
d = {1: 'int', 2.0: 'float', 3 + 0j: 'complex', 10**30: 'big'}
d[1.0] = 'one'
d[2] = 'two'
d[True] = 'true'
d[3] = 'three'
d[1e30] = 'float big'
print(d)
print({0: 'a', 0.0: 'b', -0.0: 'c', False: 'd', 0j: 'e'}, {2**61 - 1: 1, 0: 2, 2**61: 3, 1: 4})


class MyInt(int):
    pass


class MyFloat(float):
    pass


print(MyInt(7).__hash__(), MyFloat(7.5).__hash__() == (7.5).__hash__())
