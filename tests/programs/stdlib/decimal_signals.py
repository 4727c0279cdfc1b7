"""decimal: signals raised and flagged by the arithmetic, powers, logarithms, module names."""
from decimal import *
import decimal
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e, type(e).__mro__)
t(lambda: Decimal('x')); t(lambda: Decimal(1)/0); t(lambda: Decimal(0)/0); t(lambda: Decimal(-1).sqrt()); t(lambda: Decimal(1)%0); t(lambda: Decimal(1)//0)
c = Context(traps=[Overflow, Inexact, Rounded, Underflow, Subnormal, Clamped], Emax=10, Emin=-10, prec=3)
t(lambda: c.multiply(Decimal('9e10'), 10)); t(lambda: c.divide(1, 3)); t(lambda: c.multiply(Decimal('1e-10'), Decimal('1e-2')))
t(lambda: Decimal('1e-10') );  t(lambda: Decimal('sNaN') + 1); t(lambda: Decimal('NaN') < 1); t(lambda: Decimal('NaN') == 1)
c2 = Context(); c2.traps[FloatOperation] = True
t(lambda: c2.create_decimal(1.5)); t(lambda: Decimal(2) ** Decimal('0.5')); t(lambda: Decimal(-2) ** Decimal('0.5'))
t(lambda: getcontext()); t(lambda: Decimal(12345678901234567890123456789) + 1); print(getcontext().flags)
t(lambda: ExtendedContext); t(lambda: BasicContext); t(lambda: DefaultContext); t(lambda: (MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR, decimal.__version__, decimal.__libmpdec_version__))
t(lambda: [x for x in dir(decimal) if not x.startswith('__')])
t(lambda: Decimal('1.5').quantize(Decimal('1e10'))); t(lambda: Decimal(123).quantize(Decimal('1e-30')))
t(lambda: Context(prec=0)); t(lambda: Context(rounding='x')); t(lambda: Decimal(1).__round__(10**30)); t(lambda: int(Decimal('nan'))); t(lambda: int(Decimal('inf')))
t(lambda: Decimal([1])); t(lambda: Decimal((1, (1,2), 'x')))

from decimal import *
def t(f):
    try: print(repr(f()), getcontext().flags[Inexact], getcontext().flags[Rounded]); getcontext().clear_flags()
    except Exception as e: print(type(e).__name__, e); getcontext().clear_flags()
D = Decimal
t(lambda: D(0)**-1); t(lambda: D(0)**0); t(lambda: D(-2)**3); t(lambda: D('-0')**-3); t(lambda: D(4)**D('0.5')); t(lambda: D(2)**D('0.5')); t(lambda: D(2)**-2); t(lambda: D(10)**-2)
t(lambda: D('1.1')**2); t(lambda: D(3)**100); t(lambda: D('Inf')**-1); t(lambda: D('-Inf')**3); t(lambda: D(2)**D('Inf')); t(lambda: D('0.5')**D('Inf')); t(lambda: D(1)**D('Inf'))
t(lambda: D(2).exp()); t(lambda: D(0).exp()); t(lambda: D(1).ln()); t(lambda: D(100).log10()); t(lambda: D('0.001').log10()); t(lambda: D(2).ln()); t(lambda: D(2).log10()); t(lambda: D(0).ln()); t(lambda: D(-1).ln())
t(lambda: D(2).sqrt()); t(lambda: D(4).sqrt()); t(lambda: D('0.04').sqrt()); t(lambda: D('4e-3').sqrt()); t(lambda: D(100).sqrt()); t(lambda: D('-0').sqrt())
t(lambda: D('1e-30').exp()); t(lambda: D('-1e-30').exp()); t(lambda: D(1000000).exp()); t(lambda: D(-1000000).exp())
t(lambda: pow(D(3), 4, 5)); t(lambda: D(7) // D(-2)); t(lambda: D(-7) % D(2)); t(lambda: divmod(D(-7), D(2))); t(lambda: D(10)**30 // D('0.1'))
t(lambda: D(1)/D(7)); t(lambda: D('1.000')/D(4)); t(lambda: D(6)/D(3)); t(lambda: D('6.0')/D(3)); t(lambda: D(1)/D('1e-5'))
t(lambda: D('1.23').quantize(D('0.1'))); t(lambda: D('1.25').quantize(D('0.1'))); t(lambda: D('123456789').quantize(D('1e-25'))); t(lambda: D('1.2').quantize(D('0.01')))
t(lambda: D('100').normalize()); t(lambda: D('-0.00').normalize()); t(lambda: D('1.50').to_integral_value()); t(lambda: D('2.5').to_integral_exact())
t(lambda: max(D(1), D('1.0'))); t(lambda: D(1).max(D('1.0'))); t(lambda: D(1).min(D('NaN'))); t(lambda: D(1).compare(D(2))); t(lambda: D('NaN').compare(1))
t(lambda: D(1).fma(2, 3)); t(lambda: D(5).logb()); t(lambda: D('1e5').scaleb(-3)); t(lambda: D(1).next_plus()); t(lambda: D(1).next_minus()); t(lambda: D(1).next_toward(0)); t(lambda: D('-0').number_class())
t(lambda: D('1e999999') * 10); t(lambda: D('1e-999999') / 10**30)
