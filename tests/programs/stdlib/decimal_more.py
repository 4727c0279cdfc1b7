"""decimal: remainder_near, shift, rotate and the logical operations."""
from decimal import *
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
D = Decimal
c = Context(prec=9, traps=[])
for a, b in [('10', '3'), ('10', '6'), ('10', '4'), ('-10', '4'), ('1', '0.3'), ('7.5', '2'), ('6.5', '2'), ('1E+10', '3'), ('0.001', '7'), ('3', '0'), ('0', '0'), ('Inf', '1'), ('1', 'Inf'), ('NaN', '1'), ('-0', '5'), ('1e20', '3')]:
    c.clear_flags()
    print(a, b, c.remainder_near(D(a), D(b)), [s.__name__ for s in (InvalidOperation,) if c.flags[s]])
for a, n in [('123456789', 2), ('123456789', -2), ('123', 9), ('123', 10), ('123', -9), ('-12', 3), ('Inf', 2), ('1.23', 1), ('123', '1.5')]:
    t(lambda: (c.shift(D(a), D(n)), c.rotate(D(a), D(n))))
for a, b in [('1100', '1010'), ('1', '11111'), ('12', '1'), ('-1', '1'), ('1.0', '1')]:
    t(lambda: (c.logical_and(D(a), D(b)), c.logical_or(D(a), D(b)), c.logical_xor(D(a), D(b)), c.logical_invert(D(a))))
t(lambda: D(10).remainder_near(3)); t(lambda: D('101').logical_and(D('110'))); t(lambda: D(12345).rotate(2)); t(lambda: D(12345).shift(-2))
