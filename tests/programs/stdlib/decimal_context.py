"""decimal: contexts (attributes, validation, flags and traps, localcontext), signals and their messages."""
from decimal import *
import decimal
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
c = getcontext()
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp)
print(c)
t(lambda: Decimal(1) / 3)
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero])
c.clear_flags()
print(c.flags)
print(c.traps)
with localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / 7, getcontext() is lc)
print(Decimal(1) / 7, getcontext() is c)
with localcontext(prec=10, rounding=ROUND_DOWN) as lc:
    print(Decimal(2) / 3, lc.prec, lc.rounding)
t(lambda: localcontext(bad=1))
with localcontext(Context(prec=3)) as lc:
    print(Decimal('1.23456') + 0)
t(lambda: Context(prec=0)); t(lambda: Context(Emax=-1)); t(lambda: Context(Emin=1)); t(lambda: Context(capitals=2)); t(lambda: Context(clamp=5)); t(lambda: Context(rounding='up'))
t(lambda: setattr(getcontext(), 'prec', 'x'))
c2 = Context(prec=6, rounding=ROUND_HALF_UP, Emax=99, Emin=-99, traps=[Inexact])
t(lambda: c2.divide(1, 3)); t(lambda: c2.add(Decimal('1.5'), 1)); print(c2.flags[Inexact])
t(lambda: c2.multiply(Decimal('1e50'), Decimal('1e50')))
c3 = Context(prec=6, Emax=99, Emin=-99, traps=[])
for op in [lambda: c3.multiply(Decimal('1e50'), Decimal('1e50')), lambda: c3.divide(Decimal(1), 0), lambda: c3.divide(0, 0), lambda: c3.sqrt(-1),
           lambda: c3.multiply(Decimal('1e-60'), Decimal('1e-45')), lambda: c3.create_decimal('1.23456789'), lambda: c3.create_decimal('abc'),
           lambda: c3.power(Decimal(10), 200), lambda: c3.ln(0), lambda: c3.quantize(Decimal('123.456'), Decimal('1e-10'))]:
    c3.clear_flags()
    r = op()
    print(repr(r), [s.__name__ for s in (Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal, Overflow, Underflow) if c3.flags[s]])
print(c3)
for name in ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'compare', 'max', 'min', 'power', 'quantize']:
    print(name, getattr(ExtendedContext, name)(Decimal('7.5'), Decimal('2')))
for name in ['abs', 'minus', 'plus', 'sqrt', 'exp', 'ln', 'log10', 'normalize', 'to_integral_value', 'number_class', 'to_sci_string', 'to_eng_string', 'is_zero', 'is_signed', 'logb', 'next_plus']:
    print(name, getattr(ExtendedContext, name)(Decimal('-12.50')) if name not in ('sqrt', 'ln', 'log10') else getattr(ExtendedContext, name)(Decimal('12.50')))
print(ExtendedContext.divmod(Decimal(17), 5), ExtendedContext.fma(2, 3, 4), ExtendedContext.create_decimal_from_float(0.1), ExtendedContext.Etiny(), ExtendedContext.Etop())
t(lambda: ExtendedContext.add(1.5, 1))
cc = c3.copy(); cc.prec = 50; print(c3.prec, cc.prec)
print(Context(flags=[Inexact]).flags[Inexact], Context(traps={Inexact: True, Overflow: False, InvalidOperation: False, DivisionByZero: False, Underflow: False, Subnormal: False, Rounded: False, Clamped: False, FloatOperation: False}).traps[Inexact])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError), issubclass(Underflow, Subnormal), issubclass(ConversionSyntax, InvalidOperation))
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, decimal.HAVE_THREADS)
getcontext().traps[FloatOperation] = True
t(lambda: Decimal(1.5)); t(lambda: Decimal(1) < 1.5); t(lambda: Decimal(1) == 1.5)
getcontext().traps[FloatOperation] = False
t(lambda: Decimal(1) < 1.5); print(getcontext().flags[FloatOperation])
setcontext(BasicContext)
print(getcontext().prec, getcontext() is BasicContext, Decimal(2) / 3)
t(lambda: setcontext(5))
setcontext(DefaultContext)
print(getcontext().prec)
