"""decimal: construction, text forms, conversions, hashing, comparisons with other numbers."""
from decimal import *
def ty(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
D = Decimal
for s in ['0', '-0', '1.23', '1.23E+5', '1e-7', '123e-10', '  12  ', '1_000.5', '1__0', '_1', '+.5', '5.', '.', '', 'e5', '1e', '1e+', 'Inf', '-infinity', 'nan', 'NaN123', '-sNaN7', 'snanx', '１２３', '0.000001', '0.0000001', '1E+2', '100E-2', '-0E-3', '1e999999999']:
    t(lambda: D(s))
for v in [0, -5, 10**30, 0.1, -0.0, float('inf'), float('nan'), (0, (1, 2, 3), -2), (1, (0,), 'F'), (0, (), 'n'), [1, [4, 5], 3], (2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5), D('3.14')]:
    t(lambda: D(v))
t(lambda: D(None)); t(lambda: D(1+2j)); t(lambda: D.from_float(0.25)); t(lambda: D.from_float(3)); t(lambda: D.from_float('x'))
for s in ['123.456', '-1.23E+10', '1E-10', '0.00', '1E+3', '-0', '12345678901234567890', 'Infinity', 'NaN5', '0E-7', '1.000']:
    d = D(s)
    print(s, str(d), d.to_eng_string(), d.as_tuple(), d.adjusted(), d.is_finite(), d.is_zero(), d.is_signed(), d.number_class())
for s in ['1.5', '-2.5', '0.1', '-7.999', '123456789.987654321']:
    d = D(s)
    print(s, int(d), float(d), round(d), round(d, 1), round(d, -1), d.__floor__(), d.__ceil__(), d.as_integer_ratio(), complex(d), bool(d))
t(lambda: int(D('NaN'))); t(lambda: int(D('-Inf'))); t(lambda: round(D('NaN'))); t(lambda: round(D('Inf'))); t(lambda: float(D('sNaN'))); t(lambda: float(D('-NaN'))); t(lambda: D('NaN').as_integer_ratio())
print(hash(D(1)) == hash(1), hash(D('1.0')) == hash(1), hash(D('0.5')) == hash(0.5), hash(D('-2.25')) == hash(-2.25), hash(D(10**40)) == hash(10**40), hash(D('1e-30')) == hash(D('1.0e-30')), hash(D('Inf')) == hash(float('inf')), hash(D(-1)) == hash(-1))
t(lambda: hash(D('sNaN')))
print(D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D(2) > 1, D('1.5') < 2, D(3) >= 3.0, 1 < D(2), D('NaN') == D('NaN'), D('NaN') != 1, D(1) == 1+0j, D(1) == 1+1j)
class Rat:
    numerator = 1
    denominator = 3
ty(lambda: D('0.3333') < Rat()); print(D(1) == 'a', D(1) != Rat())
t(lambda: D('NaN') < 1); t(lambda: D(1) < D('sNaN')); t(lambda: sorted([D('1.5'), D(-2), D('0.5'), D(1)]))
print(min(D(1), D('1.0')), max(D('2.0'), D(2)), sum([D('0.1')] * 10), D('0.1') * 3, -D('1.5'), +D('-0'), abs(D('-3.0')))
print(D('7') // 2, D('-7') // 2, D('7') % -2, D('-7') % 2, divmod(D(-7), 2), 7 // D(2), 2 ** D(10), D(2) ** -1, D('2.5') ** 2, pow(D(2), 10, 1000))
print(D(10).sqrt(), D('0.25').sqrt(), D(2).exp(), D(10).ln(), D(1000).log10(), D('1.5').quantize(D('1')), D('2.5').quantize(D('1')), D('1.2345').quantize(D('0.01'), rounding=ROUND_UP))
print(D('1.20').normalize(), D('1.20').copy_negate(), D('-1').copy_abs(), D(1).copy_sign(D('-0')), D(5).fma(2, -1), D(1).same_quantum(D('1.0')), D('1.5').to_integral_value(), D('-1.5').to_integral_value(ROUND_CEILING))
print(D(1).compare(2), D(2).compare_total(D('2.0')), D('-0').compare_total(D(0)), D(3).max(D('NaN')), D(3).min_mag(D(-2)), D('1e5').scaleb(2), D(1).logb(), D(0).next_plus(), D(1).next_toward(2), D(1).radix())
print(D(1).real, D(1).imag, D(1).conjugate(), D(1).is_canonical(), D('1e-999999').is_subnormal(), D('1e-999999').is_normal(), D('sNaN').is_snan(), D('NaN').is_qnan())
ty(lambda: D(1) + 1.5); ty(lambda: D(1) * 'x'); t(lambda: D(1).quantize(1.5))
class MyDec(Decimal): pass
m = MyDec('1.5')
print(type(m).__name__, m, repr(m), type(m + 1).__name__, isinstance(m, Decimal))
print(D('3.14159').__format__('.2f'), f"{D('1234.5'):,.2f}", '{:>10}'.format(D('1.5')))
