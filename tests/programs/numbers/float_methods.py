# The methods and attributes of float.

for v in [0.0, -0.0, 1.0, 2.5, -2.5, 0.1, 1e300, 5e-324, 1e16 + 1, -7.0]:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag,
          v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), v.__int__(), v.__getnewargs__())

for v in [float('inf'), float('-inf'), float('nan')]:
    print(v, v.is_integer(), v.conjugate(), v.real, v.imag)
    for f in [v.as_integer_ratio, v.__trunc__, v.__floor__, v.__ceil__, v.__round__, v.__int__]:
        try:
            print(f())
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)

print((2.5).__add__(1), (2.5).__radd__(1), (2.5).__rsub__(1), (2.5).__rtruediv__(1),
      (2.5).__pow__(2), (2.5).__rpow__(2), (2.5).__mod__(1), (2.5).__rmod__(7),
      (2.5).__divmod__(1), (2.5).__rdivmod__(7), (2.5).__neg__(), (2.5).__pos__(), (-2.5).__abs__())
print((2.5).__add__('x') is NotImplemented, (2.5).__eq__(2.5), (2.5).__lt__(3), (2.5).__eq__(1j) is NotImplemented)
print((2.5).__float__(), type((2.5).__float__()).__name__, (2.5).__bool__(), (0.0).__bool__())
print(float.__getformat__('double'), float.__getformat__('float'))
print((1.0).__sizeof__() == (2.0).__sizeof__())
for f in [lambda: float.__getformat__('int'), lambda: float.is_integer(1), lambda: (1.5).hex(1),
          lambda: (1.5).__round__(1, 2), lambda: (1.5).as_integer_ratio(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class F(float):
    pass


x = F(2.5)
print(type(x.conjugate()).__name__, type(x.real).__name__, type(-x).__name__, type(abs(x)).__name__,
      type(x + 0).__name__, x.is_integer(), x.hex())
