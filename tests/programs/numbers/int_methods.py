# The methods and attributes of int (and so of bool).

for v in [0, 1, -1, 7, -8, 255, 2**31, -2**31, 2**63 - 1, 2**64, -(2**100) - 1, True, False]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.is_integer(), v.conjugate(),
          v.numerator, v.denominator, v.real, v.imag, type(v.real).__name__, v.__getnewargs__())

print(int.bit_length(12), int.bit_count(-7), int.conjugate(True), type(int.conjugate(True)).__name__)
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(), (5).__round__(-1),
      (5).__index__(), (5).__int__(), (5).__float__(), (5).__abs__(), (-5).__abs__(), (5).__bool__())
print((5).__add__(2), (5).__radd__(2), (5).__sub__(2), (5).__rsub__(2), (5).__mul__(2.0) is NotImplemented,
      (5).__truediv__(2), (5).__rtruediv__(2), (5).__pow__(2), (5).__pow__(2, 3), (5).__rpow__(2),
      (5).__lshift__(1), (5).__rlshift__(1), (5).__divmod__(3), (5).__rdivmod__(3))
print((5).__eq__(5), (5).__eq__(5.0) is NotImplemented, (5).__lt__(6), (5).__ne__('a') is NotImplemented, (5).__ge__(1.5) is NotImplemented)
print((5).__sizeof__() == (6).__sizeof__(), (0).__sizeof__() <= (1).__sizeof__(),
      (2**100).__sizeof__() > (1).__sizeof__())
print(int.__name__, bool.__base__ is int, type(True) is bool)
try:
    (5).real = 3
except AttributeError as e:
    print('AttributeError:', e)
for f in [lambda: (5).bit_length(1), lambda: int.bit_length('x'), lambda: (5).to_bytes(1, 'big', 1),
          lambda: (5).__round__(1, 2), lambda: (5).__pow__(), lambda: (5).__add__(1j) is NotImplemented]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
