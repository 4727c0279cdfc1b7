# The common cases of +, -, *, /, quantize, comparisons and construction over many
# operands, precisions, exponent ranges, clamping, rounding modes and traps: results and the
# signals met (flags or the exception raised).
from decimal import (Decimal, Context, Inexact, Rounded, Clamped, Subnormal, Underflow,
                     Overflow, InvalidOperation, DivisionByZero, localcontext,
                     ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

ROUNDINGS = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN,
             ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Subnormal, Underflow,
           InvalidOperation]

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % (1 << 31)
    return (state >> 8) % n


def operand():
    kind = rnd(10)
    nd = 1 + rnd(24)
    if kind == 0:
        digits = '9' * nd
    elif kind == 1:
        digits = '1' + '0' * (nd - 1)
    elif kind == 2:
        digits = '0'
    elif kind == 3:
        digits = '5' + '0' * rnd(4)
    else:
        digits = str(1 + rnd(9)) + ''.join(str(rnd(10)) for _ in range(nd - 1))
    sign = '-' if rnd(3) == 0 else ''
    exp = rnd(41) - 20
    if rnd(4) == 0:
        return int(sign + digits)
    return Decimal(f'{sign}{digits}E{exp}')


def flags(ctx):
    names = [s.__name__ for s in SIGNALS if ctx.flags[s]]
    ctx.clear_flags()
    return ','.join(names)


def show(ctx, f):
    try:
        r = f()
    except Exception as e:
        ctx.clear_flags()
        return f'{type(e).__name__}'
    return f'{r!r}/{flags(ctx)}' if isinstance(r, Decimal) else f'{r}/{flags(ctx)}'


OPS = [
    ('+', lambda a, b: a + b),
    ('-', lambda a, b: a - b),
    ('*', lambda a, b: a * b),
    ('/', lambda a, b: a / b),
    ('q', lambda a, b: a.quantize(b) if isinstance(b, Decimal) else a.quantize(Decimal(b))),
    ('qr', lambda a, b: a.quantize(Decimal(1).scaleb(rnd(9) - 4), rounding=ROUNDINGS[rnd(8)])),
    ('<', lambda a, b: a < b),
    ('==', lambda a, b: a == b),
    ('>=', lambda a, b: a >= b),
    ('r+', lambda a, b: 7 + a),
    ('r*', lambda a, b: -3 * a),
]

case = 0
for prec in (1, 3, 9, 28):
    for emax in (5, 30, 999999):
        for clamp in (0, 1):
            for traps in ([], [Overflow, DivisionByZero, InvalidOperation],
                          [Inexact, Rounded, Clamped, Subnormal, Underflow, Overflow]):
                rounding = ROUNDINGS[rnd(8)]
                ctx = Context(prec=prec, rounding=rounding, Emin=-emax, Emax=emax, clamp=clamp,
                              traps=traps, flags=[])
                out = []
                with localcontext(ctx) as c:
                    for _ in range(6):
                        a, b = operand(), operand()
                        if isinstance(a, int):
                            a = Decimal(a)
                        for name, op in OPS:
                            case += 1
                            out.append(f'{name}:{show(c, lambda: op(a, b))}')
                print(prec, emax, clamp, len(traps), rounding, ' '.join(out))

# Construction from strings and ints, and the text forms back.
for text in ['0', '-0', '1.', '.5', '-.5e-3', '+12.340E+5', '1e', '1.2.3', 'e5', '007',
             '1_000', ' 12 ', '١٢', '-0.000', '12e-0', '1E+999999999', 'Inf', '-nan7', '5e-',
             '123456789012345678901234567890.123456789', '1e-1000030']:
    try:
        d = Decimal(text)
        print(repr(text), repr(d), str(d), d.as_tuple())
    except Exception as e:
        print(repr(text), type(e).__name__)
for n in [0, -1, 7, 2**63, -2**70, 10**30, True]:
    print(n, repr(Decimal(n)))

# Zero sums at the ends of the exponent range.
for clamp in (0, 1):
    with localcontext(Context(prec=28, Emin=-999999, Emax=999999, clamp=clamp, traps=[])) as c:
        for a, b in [('1e-1000030', '1e-1000030'), ('5e1000000', '5e1000000'),
                     ('1e999990', '1e999990'), ('1e999990', '2e999990')]:
            print(clamp, a, b, show(c, lambda: Decimal(a) - Decimal(b)),
                  show(c, lambda: Decimal(a) * Decimal(b)), show(c, lambda: Decimal(a) / Decimal(b)))

# Subclasses and the context argument.
class D(Decimal):
    pass


print(repr(D('1.5') + 1), type(D('1.5') + 1).__name__, repr(D(3)), type(D(3)).__name__)
ctx = Context(prec=3, traps=[])
print(ctx.add(Decimal('1.23456'), 1), ctx.divide(1, 7), ctx.multiply(Decimal('9.99'), 9),
      Decimal('2.5').quantize(Decimal('1'), context=ctx), flags(ctx))
print(Decimal(1).quantize(Decimal('0.01'), rounding=None))
for f in (lambda: Decimal(1).quantize(Decimal('0.01'), rounding='ROUND_SIDEWAYS'),
          lambda: Decimal(1).quantize(Decimal('0.01'), rounding=3),
          lambda: Decimal('1.5').to_integral_value(rounding='x'),
          lambda: Decimal('1.5').to_integral_exact(rounding=0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# quantize in a clamping context: the exponent folded down to Emax - prec + 1.
ctx = Context(prec=5, Emin=-9, Emax=9, clamp=1, traps=[])
for a, q in [('123', '1e7'), ('0', '1e8'), ('-0.0', '1e9'), ('5e6', '1e6'), ('7', '1e5'),
             ('1.5e-9', '1e-10'), ('1e-11', '1e-13'), ('12345e-13', '1e-11')]:
    print(a, q, show(ctx, lambda: Decimal(a).quantize(Decimal(q), context=ctx)))

# Integer powers, in and out of the exponent range and of the precision.
for prec, emax in ((28, 999999), (5, 20), (3, 9)):
    for clamp in (0, 1):
        ctx = Context(prec=prec, Emin=-emax, Emax=emax, clamp=clamp, traps=[])
        with localcontext(ctx) as c:
            row = []
            for base in ('10', '-2', '1.5', '0.001', '-7.25', '123456789', '9.99', '0', '-0.5'):
                for n in (0, 1, 2, 3, -1, -2, -3, 7, -7, 25, -25, 250):
                    row.append(show(c, lambda: Decimal(base) ** n))
            print(prec, emax, clamp, ' '.join(row))
try:
    with localcontext(Context(prec=5, Emin=-9, Emax=9, traps=[Overflow])):
        Decimal(10) ** 12
except Exception as e:
    print(type(e).__name__)
print(Decimal(2) ** 2.0 if False else Decimal(2) ** Decimal(3), Decimal(4) ** Decimal('0.5'),
      pow(Decimal(3), 4, 5), Decimal(10) ** -53)

# The largest precision: products, sums and quantize stay exact.
from decimal import MAX_PREC, MAX_EMAX, MIN_EMIN
with localcontext(Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])) as c:
    print(Decimal(7) * 6, Decimal('1.5').quantize(Decimal('0.1')), Decimal(1) + Decimal('2.5'),
          Decimal('123.456') - 1, flags(c))
print(case)
