"""The Decimal class of the decimal module: construction, arithmetic with
correct rounding, comparisons, conversions and the text forms."""

import _decmath
import _deccontext
from _decmath import _HUGE
from _decbase import (
    _dec, _fix, _fix_nan, _nan_result, _invalid, _parse, _from_float, _convert,
    _strict, _ctx, _finish, _round_digits, _digits, DecimalTuple,
    _HASH_MODULUS, _HASH_10INV, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_FLOOR,
    ROUND_CEILING, ROUND_HALF_UP, ROUND_UP, InvalidOperation, ConversionSyntax,
    DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact, Rounded,
    FloatOperation, Clamped, Subnormal, Overflow, Underflow, Context, getcontext, _ROUNDINGS, _POW10)

try:
    # The common cases of the hot operations done natively (None where they do not apply).
    from _decimal_core import (
        setup as _core_setup, arith as _core_arith, quantize as _core_quantize,
        new as _core_new, compare as _core_cmp, install as _core_install)
except ImportError:
    def _core_setup(*args):
        pass

    def _core_install(cls):
        pass

    def _core_arith(op, a, b, context):
        return None

    def _core_quantize(a, exp, rounding, context):
        return None

    def _core_new(value):
        return None

    def _core_cmp(a, b):
        return None


def _fast_add(a, b, negate_b, context):
    """a + b (or a - b) for finite nonzero operands of near exponents."""
    ctx = context if context is not None else (_deccontext._current or getcontext())
    ae, be = a._exp, b._exp
    x = -a._int if a._sign else a._int
    y = -b._int if b._sign != negate_b else b._int
    if ae == be:
        total = x + y
        exp = ae
    elif ae > be:
        total = x * _POW10[ae - be] + y
        exp = be
    else:
        total = x + y * _POW10[be - ae]
        exp = ae
    conds = []
    if total == 0:
        r = _fix(1 if ctx._rounding == ROUND_FLOOR else 0, 0, exp, ctx, conds)
        if conds:
            ctx._raise(conds)
        return r
    sign = 0
    if total < 0:
        sign = 1
        total = -total
    r = _fix(sign, total, exp, ctx, conds)
    if conds:
        ctx._raise(conds)
    return r


def _add(a, b, ctx, negate_b=False):
    conds = []
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return _finish(nan, ctx, conds)
    bsign = b._sign ^ negate_b
    if a._exp == 'F' or b._exp == 'F':
        if a._exp == 'F' and b._exp == 'F' and a._sign != bsign:
            return _finish(_invalid(conds), ctx, conds)
        return _dec(a._sign, 0, 'F') if a._exp == 'F' else _dec(bsign, 0, 'F')
    ac, ae, asg = a._int, a._exp, a._sign
    bc, be, bsg = b._int, b._exp, bsign
    prec = ctx._prec
    extra_rounded = False
    if not ac or not bc:
        # One operand is zero: keep the other exactly, but do not build a
        # coefficient far longer than the precision.
        if not ac and not bc:
            exp = min(ae, be)
            sign = asg & bsg if ctx._rounding != ROUND_FLOOR else asg | bsg
            return _finish(_fix(sign, 0, exp, ctx, conds), ctx, conds)
        (c, e, sg), zexp = ((bc, be, bsg), ae) if not ac else ((ac, ae, asg), be)
        exp = min(e, zexp)
        floor = min(e, e + _digits(c) - prec - 1)
        if exp < floor:
            exp = floor
            extra_rounded = True
        res = _fix(sg, c * 10 ** (e - exp), exp, ctx, conds)
        if extra_rounded and Rounded not in conds:
            conds.append(Rounded)
        return _finish(res, ctx, conds)
    # A much smaller operand only matters as a sticky digit.
    if ae < be:
        (ac, ae, asg), (bc, be, bsg) = (bc, be, bsg), (ac, ae, asg)
    lim = min(ae, ae + _digits(ac) - prec - 2)
    if be + _digits(bc) < lim:
        bc, be = 1, lim - 1
    exp = min(ae, be)
    x = ac * 10 ** (ae - exp)
    y = bc * 10 ** (be - exp)
    x = -x if asg else x
    y = -y if bsg else y
    total = x + y
    if total == 0:
        sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return _finish(_fix(sign, 0, exp, ctx, conds), ctx, conds)
    sign = int(total < 0)
    return _finish(_fix(sign, abs(total), exp, ctx, conds), ctx, conds)


def _mul(a, b, ctx):
    conds = []
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return _finish(nan, ctx, conds)
    sign = a._sign ^ b._sign
    if a._exp == 'F' or b._exp == 'F':
        other = b if a._exp == 'F' else a
        if other._exp != 'F' and other._int == 0:
            return _finish(_invalid(conds), ctx, conds)
        return _dec(sign, 0, 'F')
    return _finish(_fix(sign, a._int * b._int, a._exp + b._exp, ctx, conds), ctx, conds)


def _strip_zeros(q, exp, ideal):
    """q * 10**exp with trailing zeros of q removed while exp stays <= ideal."""
    step = 16
    while step:
        p = _POW10[step]
        while ideal - exp >= step and q % p == 0:
            q //= p
            exp += step
        step //= 2
    return q, exp


def _fast_div(a, b, context):
    """a / b for finite nonzero operands."""
    ctx = context if context is not None else (_deccontext._current or getcontext())
    prec = ctx._prec
    ac, bc = a._int, b._int
    shift = len(str(bc)) - len(str(ac)) + prec + 1
    ideal = a._exp - b._exp
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(ac * 10 ** shift, bc)
    else:
        q, r = divmod(ac, bc * 10 ** (-shift))
    if r:
        if q % 5 == 0:
            q += 1
    else:
        q, exp = _strip_zeros(q, exp, ideal)
    conds = []
    res = _fix(a._sign ^ b._sign, q, exp, ctx, conds)
    if conds:
        ctx._raise(conds)
    return res


def _div(a, b, ctx):
    conds = []
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return _finish(nan, ctx, conds)
    sign = a._sign ^ b._sign
    if a._exp == 'F':
        if b._exp == 'F':
            return _finish(_invalid(conds), ctx, conds)
        return _dec(sign, 0, 'F')
    if b._exp == 'F':
        conds.append(Clamped)
        return _finish(_dec(sign, 0, ctx._Emin - ctx._prec + 1), ctx, conds)
    if b._int == 0:
        if a._int == 0:
            return _finish(_invalid(conds, DivisionUndefined), ctx, conds)
        conds.append(DivisionByZero)
        return _finish(_dec(sign, 0, 'F'), ctx, conds)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _finish(_fix(sign, 0, ideal, ctx, conds), ctx, conds)
    prec = ctx._prec
    shift = _digits(b._int) - _digits(a._int) + prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** (-shift))
    if r:
        if q % 5 == 0:
            q += 1
    else:
        q, exp = _strip_zeros(q, exp, ideal)
    return _finish(_fix(sign, q, exp, ctx, conds), ctx, conds)


def _divmod_parts(a, b, ctx, conds, which):
    """(quotient, remainder) of finite a and nonzero finite b, the quotient an
    integer truncated toward zero; None for DivisionImpossible."""
    sign = a._sign ^ b._sign
    ideal = min(a._exp, b._exp)
    if a._int == 0 or a.adjusted() - b.adjusted() <= -2:
        if which == 'q':
            return _dec(sign, 0, 0), None
        return _dec(sign, 0, 0), _fix(a._sign, a._int * 10 ** (a._exp - ideal), ideal, ctx, conds)
    if a.adjusted() - b.adjusted() > ctx._prec:
        return None
    x = a._int * 10 ** (a._exp - ideal)
    y = b._int * 10 ** (b._exp - ideal)
    q, r = divmod(x, y)
    if q >= 10 ** ctx._prec:
        return None
    quotient = _fix(sign, q, 0, ctx, conds) if which != 'r' else None
    if which == 'q':
        return quotient, None
    return quotient, _fix(a._sign, r, ideal, ctx, conds)


def _int_ops(a, b, ctx, which):
    """a // b, a % b or divmod(a, b) (which: 'q', 'r' or 'qr')."""
    conds = []
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        res = (nan, nan) if which == 'qr' else nan
        return _finish(res, ctx, conds)
    sign = a._sign ^ b._sign
    if a._exp == 'F':
        if b._exp == 'F':
            nan = _invalid(conds)
            return _finish((nan, nan) if which == 'qr' else nan, ctx, conds)
        inf = _dec(sign, 0, 'F')
        if which == 'q':
            return inf
        nan = _invalid(conds)
        return _finish((inf, nan) if which == 'qr' else nan, ctx, conds)
    if b._exp == 'F':
        q = _dec(sign, 0, 0)
        r = _fix(a._sign, a._int, a._exp, ctx, conds) if which != 'q' else None
        res = {'q': q, 'r': r, 'qr': (q, r)}[which]
        return _finish(res, ctx, conds)
    if b._int == 0:
        if a._int == 0:
            nan = _invalid(conds, DivisionUndefined)
            return _finish((nan, nan) if which == 'qr' else nan, ctx, conds)
        if which == 'r':
            return _finish(_invalid(conds), ctx, conds)
        conds.append(DivisionByZero)
        inf = _dec(sign, 0, 'F')
        if which == 'q':
            return _finish(inf, ctx, conds)
        return _finish((inf, _invalid(conds)), ctx, conds)
    parts = _divmod_parts(a, b, ctx, conds, which)
    if parts is None:
        nan = _invalid(conds, DivisionImpossible)
        return _finish((nan, nan) if which == 'qr' else nan, ctx, conds)
    q, r = parts
    res = {'q': q, 'r': r, 'qr': (q, r)}[which]
    return _finish(res, ctx, conds)


def _cmp_finite(a, b):
    """-1, 0 or 1 comparing two non-NaN Decimals."""
    if a._exp == 'F' or b._exp == 'F':
        av = 0 if a._exp != 'F' else (-1 if a._sign else 1)
        bv = 0 if b._exp != 'F' else (-1 if b._sign else 1)
        if a._exp != 'F':
            return -bv
        if b._exp != 'F':
            return av
        return (av > bv) - (av < bv)
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    aa, ba = a.adjusted(), b.adjusted()
    if aa != ba:
        r = 1 if aa > ba else -1
    else:
        e = min(a._exp, b._exp)
        x = a._int * 10 ** (a._exp - e)
        y = b._int * 10 ** (b._exp - e)
        r = (x > y) - (x < y)
    return -r if a._sign else r


def _rational_cmp(a, num, den):
    """Compares finite a with num/den (den > 0)."""
    if a._exp == 'F':
        return -1 if a._sign else 1
    x = -a._int if a._sign else a._int
    if a._exp >= 0:
        lhs, rhs = x * 10 ** a._exp * den, num
    else:
        lhs, rhs = x * den, num * 10 ** (-a._exp)
    return (lhs > rhs) - (lhs < rhs)


def _compare_operand(self, other, op):
    """(kind, value): 'dec' and a Decimal, 'rat' and (num, den), or None."""
    if isinstance(other, Decimal):
        return 'dec', other
    if isinstance(other, int):
        return 'dec', _convert(other)
    if isinstance(other, float):
        ctx = getcontext()
        if op in ('eq', 'ne'):
            ctx._flags[FloatOperation] = True
        else:
            ctx._raise([FloatOperation])
        return 'dec', _from_float(other)
    if isinstance(other, complex):
        if op in ('eq', 'ne') and other.imag == 0:
            return _compare_operand(self, other.real, op)
        return None
    try:
        import numbers
    except ImportError:
        return None
    if isinstance(other, numbers.Rational):
        return 'rat', (other.numerator, other.denominator)
    return None


def _richcmp(self, other, op):
    got = _compare_operand(self, other, op)
    if got is None:
        return NotImplemented
    kind, value = got
    if self._is_special and self._exp in ('n', 'N') or kind == 'dec' and value._exp in ('n', 'N'):
        if op in ('eq', 'ne'):
            if self._exp == 'N' or (kind == 'dec' and value._exp == 'N'):
                getcontext()._raise([InvalidOperation])
            return op == 'ne'
        getcontext()._raise([InvalidOperation])
        return False
    if kind == 'dec':
        c = _cmp_finite(self, value)
    else:
        c = _rational_cmp(self, *value)
    return {'eq': c == 0, 'ne': c != 0, 'lt': c < 0, 'le': c <= 0, 'gt': c > 0, 'ge': c >= 0}[op]


from _decmore import DecimalMore  # noqa: E402


class Decimal(DecimalMore):
    """A decimal floating point number: sign, integer coefficient, exponent
    (or Infinity, NaN and sNaN)."""

    __module__ = 'decimal'
    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value='0', context=None):
        if cls is Decimal:
            r = _core_new(value)
            if r is not None:
                return r
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _ctx(context)
                ctx._raise([ConversionSyntax])
                return _as_cls(cls, _dec(0, 0, 'n'))
            sign, coef, exp = parsed
            return _as_cls(cls, _dec(sign, coef, exp))
        if isinstance(value, int):
            return _as_cls(cls, _dec(int(value < 0), abs(int(value)), 0))
        if isinstance(value, Decimal):
            return value if cls is Decimal and type(value) is Decimal else _as_cls(cls, value)
        if isinstance(value, float):
            _ctx(context)._raise([FloatOperation])
            return _as_cls(cls, _from_float(value))
        if isinstance(value, (tuple, list)):
            return _as_cls(cls, _from_tuple(value))
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')

    @classmethod
    def from_float(cls, f):
        """The exact Decimal of a float (or int)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        return _as_cls(cls, _from_float(f))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._is_special:
            return 0
        return self._exp + _digits(self._int) - 1

    def __add__(self, other, context=None):
        r = _core_arith(0, self, other, context)
        if r is not None:
            return r
        if type(other) is int:
            other = _dec(1, -other, 0) if other < 0 else _dec(0, other, 0)
        if (type(other) is Decimal and not self._is_special and not other._is_special
                and self._int and other._int and -60 < self._exp - other._exp < 60):
            return _fast_add(self, other, False, context)
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _add(self, other, _ctx(context))

    def __radd__(self, other, context=None):
        r = _core_arith(0, self, other, context)
        if r is not None:
            return r
        if type(other) is int:
            return self.__add__(other, context)
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _add(other, self, _ctx(context))

    def __sub__(self, other, context=None):
        r = _core_arith(1, self, other, context)
        if r is not None:
            return r
        if type(other) is int:
            other = _dec(1, -other, 0) if other < 0 else _dec(0, other, 0)
        if (type(other) is Decimal and not self._is_special and not other._is_special
                and self._int and other._int and -60 < self._exp - other._exp < 60):
            return _fast_add(self, other, True, context)
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _add(self, other, _ctx(context), True)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _add(other, self, _ctx(context), True)

    def __mul__(self, other, context=None):
        r = _core_arith(2, self, other, context)
        if r is not None:
            return r
        if type(other) is int:
            other = _dec(1, -other, 0) if other < 0 else _dec(0, other, 0)
        if type(other) is Decimal and not self._is_special and not other._is_special:
            ctx = context if context is not None else (_deccontext._current or getcontext())
            conds = []
            r = _fix(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp, ctx, conds)
            if conds:
                ctx._raise(conds)
            return r
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _mul(self, other, _ctx(context))

    def __rmul__(self, other, context=None):
        r = _core_arith(2, self, other, context)
        if r is not None:
            return r
        if type(other) is int:
            return self.__mul__(other, context)
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _mul(other, self, _ctx(context))

    def __truediv__(self, other, context=None):
        r = _core_arith(3, self, other, context)
        if r is not None:
            return r
        if type(other) is int:
            other = _dec(1, -other, 0) if other < 0 else _dec(0, other, 0)
        if (type(other) is Decimal and not self._is_special and not other._is_special
                and self._int and other._int and self._int < _HUGE and other._int < _HUGE):
            return _fast_div(self, other, context)
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _div(self, other, _ctx(context))

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _div(other, self, _ctx(context))

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _int_ops(self, other, _ctx(context), 'q')

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _int_ops(other, self, _ctx(context), 'q')

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _int_ops(self, other, _ctx(context), 'r')

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _int_ops(other, self, _ctx(context), 'r')

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _int_ops(self, other, _ctx(context), 'qr')

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _int_ops(other, self, _ctx(context), 'qr')

    def __neg__(self, context=None):
        ctx = _ctx(context)
        conds = []
        nan = _nan_result(self, None, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        if self._exp == 'F':
            return _dec(self._sign ^ 1, 0, 'F')
        sign = self._sign ^ 1
        if not self._int:
            sign = int(ctx._rounding == ROUND_FLOOR and self._sign == 0)
        return _finish(_fix(sign, self._int, self._exp, ctx, conds), ctx, conds)

    def __pos__(self, context=None):
        ctx = _ctx(context)
        conds = []
        nan = _nan_result(self, None, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        if self._exp == 'F':
            return self
        sign = self._sign
        if not self._int:
            sign = 0 if ctx._rounding != ROUND_FLOOR else sign
        return _finish(_fix(sign, self._int, self._exp, ctx, conds), ctx, conds)

    def __abs__(self, context=None):
        ctx = _ctx(context)
        if self._sign and self._exp not in ('n', 'N'):
            return self.__neg__(ctx)
        return self.__pos__(ctx)

    def __eq__(self, other):
        c = _core_cmp(self, other)
        if c is not None:
            return c == 0
        return _richcmp(self, other, 'eq')

    def __ne__(self, other):
        c = _core_cmp(self, other)
        if c is not None:
            return c != 0
        return _richcmp(self, other, 'ne')

    def __lt__(self, other):
        c = _core_cmp(self, other)
        if c is not None:
            return c < 0
        return _richcmp(self, other, 'lt')

    def __le__(self, other):
        c = _core_cmp(self, other)
        if c is not None:
            return c <= 0
        return _richcmp(self, other, 'le')

    def __gt__(self, other):
        c = _core_cmp(self, other)
        if c is not None:
            return c > 0
        return _richcmp(self, other, 'gt')

    def __ge__(self, other):
        c = _core_cmp(self, other)
        if c is not None:
            return c >= 0
        return _richcmp(self, other, 'ge')

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = self._int * pow(_HASH_10INV, -self._exp, _HASH_MODULUS) % _HASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __bool__(self):
        return self._is_special or self._int != 0

    def __int__(self):
        if self._is_special:
            if self._exp in ('n', 'N'):
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** (-self._exp)
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._exp in ('n', 'N'):
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return int(self._integral(ROUND_FLOOR))

    def __ceil__(self):
        return int(self._integral(ROUND_CEILING))

    def _integral(self, rounding):
        if self._is_special:
            if self._exp in ('n', 'N'):
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            return self
        coef, _ = _round_digits(self._int, -self._exp, rounding, self._sign)
        return _dec(self._sign, coef, 0)

    def __round__(self, n=None):
        if n is None:
            return int(self._integral(ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        if not -(1 << 63) <= n < (1 << 63):
            raise OverflowError('Python int too large to convert to C ssize_t')
        return self.quantize(_dec(0, 1, -n))

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        if self._exp == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(d) for d in str(self._int)) if self._int or not self._is_special else ()
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        """(numerator, denominator) in lowest terms."""
        if self._is_special:
            if self._exp in ('n', 'N'):
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        n = self._int
        if self._exp >= 0:
            num, den = n * 10 ** self._exp, 1
        else:
            den = 10 ** (-self._exp)
            a, b = n, den
            while b:
                a, b = b, a % b
            num, den = n // a, den // a if a else den
        return (-num if self._sign else num), den

    def _text(self, eng=False, capitals=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('sNaN' if self._exp == 'N' else 'NaN') + payload
        digits = str(self._int)
        left = self._exp + len(digits)
        if self._exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            text = '0.' + '0' * (-dot) + digits
        elif dot >= len(digits):
            text = digits + '0' * (dot - len(digits))
        else:
            text = digits[:dot] + '.' + digits[dot:]
        if left != dot:
            if capitals is None:
                capitals = getcontext()._capitals
            text += ('E' if capitals else 'e') + '%+d' % (left - dot)
        return sign + text

    def __str__(self, eng=False, context=None):
        return self._text(eng, None if context is None else context._capitals)

    def to_eng_string(self, context=None):
        """The engineering notation (exponents multiple of three)."""
        return self._text(True, None if context is None else context._capitals)

    def __repr__(self):
        return "Decimal('%s')" % self._text()

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _as_cls(cls, d):
    if cls is Decimal:
        return d
    obj = object.__new__(cls)
    obj._sign, obj._int, obj._exp, obj._is_special = d._sign, d._int, d._exp, d._is_special
    return obj


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for d in digits:
        if not isinstance(d, int) or not 0 <= d <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + d
    if exp == 'F':
        coef = 0
    return _dec(sign, coef, exp)


def _setup():
    import _deccontext
    import _decbase
    from _decctxops import install
    _deccontext.Decimal = Decimal
    _decbase.Decimal = Decimal
    _core_setup(Decimal, Context, (Overflow, Subnormal, Underflow, Inexact, Rounded, Clamped),
                _deccontext, _deccontext._SignalDict)
    # The common cases of the operators and quantize as native methods of the class.
    _core_install(Decimal)
    install(Context, Decimal)


_setup()
