"""The Decimal methods beyond the basic arithmetic: powers, square root,
exp and logarithms (correctly rounded), quantize and integral rounding,
comparisons by value and total order, predicates, and format()."""

import _decmath
from _decbase import (
    _dec, _fix, _nan_result, _invalid, _convert, _strict, _ctx, _finish,
    _round_digits, _digits, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
    InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal, Underflow,
    Clamped, _ROUNDINGS)

try:
    from _decimal_core import quantize as _core_quantize
except ImportError:
    def _core_quantize(a, exp, rounding, context):
        return None


_ROUNDING_ERROR = ('valid values for rounding are:\n'
                   '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                   '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                   '   ROUND_05UP]')


def _fold_down(sign, coef, exp, ctx, conds):
    """The finite number (sign, coef, exp), its exponent brought down to Emax - prec + 1
    (the coefficient padded with zeros) when the context clamps and it is above."""
    etop = ctx._Emax - ctx._prec + 1
    if ctx._clamp == 1 and exp > etop:
        conds.append(Clamped)
        return _dec(sign, coef * 10 ** (exp - etop), etop)
    return _dec(sign, coef, exp)


def _same(a, b):
    return a._sign == b._sign and a._int == b._int and a._exp == b._exp


def _round_approx(sign, coef, exp, err, ctx, conds, rounding=None):
    """The rounding of a value known to lie strictly inside
    ((coef - err) * 10**exp, (coef + err) * 10**exp), when both ends round
    alike; None otherwise."""
    if coef <= err:
        return None
    lo_conds = []
    lo = _fix(sign, (coef - err) * 10 + 1, exp - 1, ctx, lo_conds, rounding)
    hi = _fix(sign, (coef + err) * 10 - 1, exp - 1, ctx, [], rounding)
    if not _same(lo, hi):
        return None
    for c in lo_conds:
        if c not in conds:
            conds.append(c)
    if Inexact not in conds:
        conds.extend((Inexact, Rounded))
    return lo


def _is_integral(x):
    if x._is_special:
        return False
    if x._exp >= 0 or x._int == 0:
        return True
    return x._int % 10 ** (-x._exp) == 0


def _int_value(x):
    v = x._int * 10 ** x._exp if x._exp >= 0 else x._int // 10 ** (-x._exp)
    return -v if x._sign else v


def _ln_approx(x, w):
    """ln(x) for finite x > 0, x != 1, as (sign, coef, exp, err)."""
    while True:
        v = _decmath.ln_fixed(x._int, x._exp, w)
        if _digits(abs(v)) >= 20 or w > 100000:
            return int(v < 0), abs(v), -w, 200
        w += 30


def _exp_result(sign, c, e, ctx, conds):
    """exp(+-c * 10**e) correctly rounded (c > 0)."""
    prec = ctx._prec
    adj = e + _digits(c) - 1
    if adj < -(prec + 2):
        k = prec + 5
        coef = 10 ** k + (-1 if sign else 1)
        result = _fix(0, coef, -k, ctx, conds, ROUND_HALF_EVEN)
        _mark(conds)
        return result
    limit = max(_digits(ctx._Emax), _digits(-ctx.Etiny())) + 1
    if adj > limit:
        if sign:
            conds.extend((Underflow, Inexact, Rounded, Subnormal, Clamped))
            return _dec(0, 0, ctx.Etiny())
        return _fix(0, 1, ctx._Emax + 1, ctx, conds, ROUND_HALF_EVEN)
    w = prec + 10
    while True:
        coef, exp = _decmath.exp_fixed(c, e, sign, w)
        r = _round_approx(0, coef, exp, 1000, ctx, conds, ROUND_HALF_EVEN)
        if r is not None:
            return r
        w += 20


def _mark(conds):
    for c in (Inexact, Rounded):
        if c not in conds:
            conds.append(c)


class DecimalMore:
    """The part of Decimal written here (Decimal derives from it)."""

    __slots__ = ()

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._powmod(other, modulo, context)
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _power(self, other, _ctx(context))

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if modulo is not None:
            return other._powmod(self, modulo, context)
        return _power(other, self, _ctx(context))

    def _powmod(self, other, modulo, context):
        ctx = _ctx(context)
        other, modulo = _convert(other), _convert(modulo)
        if other is NotImplemented or modulo is NotImplemented:
            return NotImplemented
        conds = []
        for x in (self, other, modulo):
            if x._is_special or not _is_integral(x):
                return _finish(_invalid(conds), ctx, conds)
        m = _int_value(modulo)
        e = _int_value(other)
        if m == 0 or e < 0 or _digits(abs(m)) > ctx._prec or (e == 0 and self._int == 0):
            return _finish(_invalid(conds), ctx, conds)
        r = pow(_int_value(self), e, abs(m))
        sign = self._sign if e % 2 else 0
        return _dec(sign, abs(r) if r else 0, 0)

    def sqrt(self, context=None):
        """The square root, correctly rounded (half even)."""
        ctx = _ctx(context)
        conds = []
        nan = _nan_result(self, None, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        if self._int == 0 and self._exp != 'F':
            return _finish(_fix(self._sign, 0, self._exp // 2, ctx, conds), ctx, conds)
        if self._sign:
            return _finish(_invalid(conds), ctx, conds)
        if self._exp == 'F':
            return self
        prec = ctx._prec
        ideal = self._exp // 2
        c, e = self._int, self._exp
        if e & 1:
            c *= 10
            e -= 1
        nd = (_digits(c) + 1) // 2
        shift = prec + 1 - nd
        exact = True
        if shift >= 0:
            c *= 100 ** shift
        else:
            c, r = divmod(c, 100 ** (-shift))
            exact = not r
        e = e // 2 - shift
        n = _decmath.isqrt(c)
        exact = exact and n * n == c
        if exact:
            while e < ideal and n % 10 == 0:
                n //= 10
                e += 1
        elif n % 5 == 0:
            n += 1
        return _finish(_fix(0, n, e, ctx, conds, ROUND_HALF_EVEN), ctx, conds)

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        ctx = _ctx(context)
        conds = []
        nan = _nan_result(self, None, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        if self._exp == 'F':
            return _dec(0, 0, 0) if self._sign else self
        if self._int == 0:
            return _dec(0, 1, 0)
        return _finish(_exp_result(self._sign, self._int, self._exp, ctx, conds), ctx, conds)

    def _log_special(self, ctx, conds):
        nan = _nan_result(self, None, ctx, conds)
        if nan is not None:
            return nan
        if self._int == 0 and self._exp != 'F':
            return _dec(1, 0, 'F')
        if self._sign:
            return _invalid(conds)
        if self._exp == 'F':
            return self
        return None

    def ln(self, context=None):
        """The natural logarithm, correctly rounded."""
        ctx = _ctx(context)
        conds = []
        r = self._log_special(ctx, conds)
        if r is not None:
            return _finish(r, ctx, conds)
        if self._int == 1 and self._exp == 0 or _is_one(self):
            return _dec(0, 0, 0)
        w = ctx._prec + 10
        while True:
            sign, coef, exp, err = _ln_approx(self, w)
            r = _round_approx(sign, coef, exp, err, ctx, conds, ROUND_HALF_EVEN)
            if r is not None:
                return _finish(r, ctx, conds)
            w += 20

    def log10(self, context=None):
        """The base 10 logarithm, correctly rounded (exact for powers of ten)."""
        ctx = _ctx(context)
        conds = []
        r = self._log_special(ctx, conds)
        if r is not None:
            return _finish(r, ctx, conds)
        s = str(self._int)
        if s[0] == '1' and s.count('0') == len(s) - 1:
            k = self._exp + len(s) - 1
            return _finish(_fix(int(k < 0), abs(k), 0, ctx, conds), ctx, conds)
        w = ctx._prec + 10
        while True:
            sign, coef, exp, err = _ln_approx(self, w)
            wd = -exp
            l10 = _decmath.ln10(wd + 5)
            q = coef * 10 ** (wd + 5) // l10
            r = _round_approx(sign, q, exp, err + 10, ctx, conds, ROUND_HALF_EVEN)
            if r is not None:
                return _finish(r, ctx, conds)
            w += 20

    def logb(self, context=None):
        """The adjusted exponent as a Decimal."""
        ctx = _ctx(context)
        conds = []
        nan = _nan_result(self, None, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        if self._exp == 'F':
            return _dec(0, 0, 'F')
        if self._int == 0:
            conds.append(DivisionByZero)
            return _finish(_dec(1, 0, 'F'), ctx, conds)
        a = self.adjusted()
        return _finish(_fix(int(a < 0), abs(a), 0, ctx, conds), ctx, conds)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        r = _core_quantize(self, exp, rounding, context)
        if r is not None:
            return r
        ctx = _ctx(context)
        if (type(exp) is type(self) and not self._is_special and not exp._is_special
                and self._int and ctx._Emin <= exp._exp <= ctx._Emax - ctx._prec + 1):
            if rounding is None:
                rounding = ctx._rounding
            elif rounding not in _ROUNDINGS:
                raise TypeError(_ROUNDING_ERROR)
            target = exp._exp
            if target <= self._exp:
                coef = self._int * 10 ** (self._exp - target)
                inexact = False
            else:
                coef, inexact = _round_digits(self._int, target - self._exp, rounding, self._sign)
            if _digits(coef) <= ctx._prec:
                if target > self._exp:
                    ctx._raise((Inexact, Rounded) if inexact else (Rounded,))
                return _dec(self._sign, coef, target)
        if rounding is None:
            rounding = ctx._rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        other = _strict(exp, ctx)
        conds = []
        nan = _nan_result(self, other, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        if self._exp == 'F' or other._exp == 'F':
            if self._exp == 'F' and other._exp == 'F':
                return self
            return _finish(_invalid(conds), ctx, conds)
        target = other._exp
        if not ctx.Etiny() <= target <= ctx._Emax:
            return _finish(_invalid(conds), ctx, conds)
        if self._int == 0:
            return _finish(_fold_down(self._sign, 0, target, ctx, conds), ctx, conds)
        if self.adjusted() > ctx._Emax or self.adjusted() - target + 1 > ctx._prec:
            return _finish(_invalid(conds), ctx, conds)
        coef, inexact = _round_digits(self._int, target - self._exp, rounding, self._sign)
        if coef and _digits(coef) > ctx._prec:
            return _finish(_invalid(conds), ctx, conds)
        # A subnormal result is not an underflow here: quantize never rounds for the
        # exponent range, only to the exponent asked for.
        if coef and target + _digits(coef) - 1 < ctx._Emin:
            conds.append(Subnormal)
        if inexact:
            conds.extend((Inexact, Rounded))
        elif target > self._exp:
            conds.append(Rounded)
        return _finish(_fold_down(self._sign, coef, target, ctx, conds), ctx, conds)

    def _to_integral(self, rounding, context, exact):
        ctx = _ctx(context)
        if rounding is None:
            rounding = ctx._rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        conds = []
        nan = _nan_result(self, None, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        if self._exp == 'F' or self._exp >= 0:
            return self
        if self._int == 0:
            return _dec(self._sign, 0, 0)
        coef, inexact = _round_digits(self._int, -self._exp, rounding, self._sign)
        if exact:
            if inexact:
                conds.append(Inexact)
            conds.append(Rounded)
        return _finish(_dec(self._sign, coef, 0), ctx, conds)

    def to_integral_value(self, rounding=None, context=None):
        """Rounded to an integer (exponent 0), signalling nothing."""
        return self._to_integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Rounded to an integer, signalling Inexact and Rounded."""
        return self._to_integral(rounding, context, True)

    def normalize(self, context=None):
        """The simplest form: rounded, trailing zeros stripped."""
        ctx = _ctx(context)
        conds = []
        nan = _nan_result(self, None, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        if self._exp == 'F':
            return self
        r = _fix(self._sign, self._int, self._exp, ctx, conds)
        if r._exp == 'F':
            return _finish(r, ctx, conds)
        if r._int == 0:
            return _finish(_dec(r._sign, 0, 0), ctx, conds)
        top = ctx._Emax if ctx._clamp == 0 else ctx.Etop()
        c, e = r._int, r._exp
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _finish(_dec(r._sign, c, e), ctx, conds)

    def copy_abs(self):
        return _dec(0, self._int, self._exp)

    def copy_negate(self):
        return _dec(self._sign ^ 1, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _strict(other, context)
        return _dec(other._sign, self._int, self._exp)

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        ctx = _ctx(context)
        other = _strict(other, ctx)
        third = _strict(third, ctx)
        conds = []
        if self._is_special or other._is_special:
            if self._exp == 'N' or other._exp == 'N' or third._exp == 'N':
                x = next(v for v in (self, other, third) if v._exp == 'N')
                return _finish(_invalid(conds) if not x._int else _nan_result(x, None, ctx, conds), ctx, conds)
            nan = _nan_result(self, other, ctx, conds)
            if nan is not None:
                return nan
            prod = self.__mul__(other, ctx)
            return prod.__add__(third, ctx)
        prod = _dec(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return prod.__add__(third, ctx)

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1); NaN if either is a NaN."""
        ctx = _ctx(context)
        other = _strict(other, ctx)
        conds = []
        nan = _nan_result(self, other, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        from _decnum import _cmp_finite
        c = _cmp_finite(self, other)
        return _dec(int(c < 0), abs(c), 0)

    def compare_signal(self, other, context=None):
        """compare, with quiet NaNs invalid too."""
        ctx = _ctx(context)
        other = _strict(other, ctx)
        if self._exp in ('n', 'N') or other._exp in ('n', 'N'):
            conds = [InvalidOperation]
            return _finish(_invalid([]), ctx, conds)
        return self.compare(other, ctx)

    def _minmax(self, other, context, want_max, mag):
        ctx = _ctx(context)
        other = _strict(other, ctx)
        conds = []
        sn = self._exp in ('n', 'N')
        on = other._exp in ('n', 'N')
        if sn or on:
            if self._exp == 'N' or other._exp == 'N' or (sn and on):
                return _finish(_nan_result(self, other, ctx, conds), ctx, conds)
            pick = other if sn else self
            return _finish(_fix_any(pick, ctx, conds), ctx, conds)
        from _decnum import _cmp_finite
        a, b = (self.copy_abs(), other.copy_abs()) if mag else (self, other)
        c = _cmp_finite(a, b)
        if c == 0:
            c = _total_cmp(self, other)
        pick = self if (c > 0) == want_max else other
        if c == 0:
            pick = self
        return _finish(_fix_any(pick, ctx, conds), ctx, conds)

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    def compare_total(self, other, context=None):
        """The total order of the representations, as Decimal(-1/0/1)."""
        other = _strict(other, context)
        c = _total_cmp(self, other)
        return _dec(int(c < 0), abs(c), 0)

    def compare_total_mag(self, other, context=None):
        other = _strict(other, context)
        c = _total_cmp(self.copy_abs(), other.copy_abs())
        return _dec(int(c < 0), abs(c), 0)

    def same_quantum(self, other, context=None):
        other = _strict(other, context)
        if self._is_special or other._is_special:
            return (self._exp in ('n', 'N')) == (other._exp in ('n', 'N')) and \
                (self._exp == 'F') == (other._exp == 'F')
        return self._exp == other._exp

    def scaleb(self, other, context=None):
        """self * 10 ** other (other an integer)."""
        ctx = _ctx(context)
        other = _strict(other, ctx)
        conds = []
        nan = _nan_result(self, other, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        if other._exp != 0 or other._is_special:
            return _finish(_invalid(conds), ctx, conds)
        n = -other._int if other._sign else other._int
        if abs(n) > 2 * (ctx._Emax + ctx._prec):
            return _finish(_invalid(conds), ctx, conds)
        if self._exp == 'F':
            return self
        return _finish(_fix(self._sign, self._int, self._exp + n, ctx, conds), ctx, conds)

    def _next(self, context, up):
        ctx = _ctx(context)
        conds = []
        nan = _nan_result(self, None, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        if self._exp == 'F':
            if self._sign != up:
                return self
            return _dec(self._sign, 10 ** ctx._prec - 1, ctx.Etop())
        c = ctx.copy()
        c.rounding = ROUND_CEILING if up else ROUND_FLOOR
        c.clear_traps()
        tiny = _dec(0 if up else 1, 1, ctx.Etiny() - 1)
        res = self.__add__(tiny, c)
        if res._exp == 'F' and not self._exp == 'F':
            return _dec(self._sign, 10 ** ctx._prec - 1, ctx.Etop())
        return res

    def next_plus(self, context=None):
        return self._next(context, True)

    def next_minus(self, context=None):
        return self._next(context, False)

    def next_toward(self, other, context=None):
        ctx = _ctx(context)
        other = _strict(other, ctx)
        conds = []
        nan = _nan_result(self, other, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        from _decnum import _cmp_finite
        c = _cmp_finite(self, other)
        if c == 0:
            return self.copy_sign(other)
        return self._next(ctx, c < 0)

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._exp == 'N':
            return 'sNaN'
        if self._exp == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._exp == 'F':
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if self.adjusted() < ctx._Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_normal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        return self.adjusted() >= _ctx(context)._Emin

    def is_subnormal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        return self.adjusted() < _ctx(context)._Emin

    def radix(self):
        return _dec(0, 10, 0)

    def conjugate(self):
        return self

    def __format__(self, spec, _localeconv=None):
        from _decformat import format_decimal
        return format_decimal(self, spec)


def _fix_any(x, ctx, conds):
    if x._is_special:
        return x
    return _fix(x._sign, x._int, x._exp, ctx, conds)


def _total_cmp(a, b):
    """The total order of the specification (-1, 0, 1)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    rank = {'N': 4, 'n': 5, 'F': 3}
    ra = rank.get(a._exp, 2) if isinstance(a._exp, str) else 2
    rb = rank.get(b._exp, 2) if isinstance(b._exp, str) else 2
    if ra != rb:
        c = 1 if ra > rb else -1
    elif ra in (4, 5):
        c = (a._int > b._int) - (a._int < b._int)
    elif ra == 3:
        c = 0
    else:
        from _decnum import _cmp_finite
        c = _cmp_finite(a.copy_abs(), b.copy_abs())
        if c == 0:
            c = (a._exp > b._exp) - (a._exp < b._exp)
    return -c if a._sign else c


def _inexact_one(ctx, conds):
    result = _fix(0, 10 ** (ctx._prec - 1), 1 - ctx._prec, ctx, conds)
    _mark(conds)
    return result


def _is_one(x):
    return not x._is_special and x._sign == 0 and x._exp <= 0 and x._int == 10 ** (-x._exp)


def _power(a, b, ctx):
    conds = []
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return _finish(nan, ctx, conds)
    b_int = _is_integral(b)
    if b._exp != 'F' and b._int == 0:
        if a._exp != 'F' and a._int == 0:
            return _finish(_invalid(conds), ctx, conds)
        return _dec(0, 1, 0)
    odd = b_int and _int_value(b) % 2 == 1
    if a._sign and not (a._exp != 'F' and a._int == 0):
        if not b_int:
            return _finish(_invalid(conds), ctx, conds)
    result_sign = a._sign if odd else 0
    if a._exp != 'F' and a._int == 0:
        if b._sign:
            return _dec(result_sign, 0, 'F')
        return _dec(result_sign, 0, 0)
    if a._exp == 'F':
        if b._sign:
            return _dec(result_sign, 0, 0)
        return _dec(result_sign, 0, 'F')
    if b._exp == 'F':
        from _decnum import _cmp_finite
        c = _cmp_finite(a.copy_abs(), _dec(0, 1, 0))
        if c == 0:
            return _finish(_inexact_one(ctx, conds), ctx, conds)
        big = (c > 0) != bool(b._sign)
        return _dec(0, 0, 'F') if big else _dec(0, 0, 0)
    if b_int:
        n = _int_value(b)
        return _finish(_int_power(a, n, result_sign, ctx, conds), ctx, conds)
    # a > 0, b not an integer: exp(b * ln(a)).
    if _is_one(a):
        return _finish(_inexact_one(ctx, conds), ctx, conds)
    w = ctx._prec + 10
    while True:
        extra = max(0, b.adjusted()) + 5
        lsign, lc, lexp, _ = _ln_approx(a, w + extra)
        pc = lc * b._int
        pe = lexp + b._exp
        psign = lsign ^ b._sign
        res = _exp_power(psign, pc, pe, ctx, conds, w)
        if res is not None:
            return _finish(res, ctx, conds)
        w += 20


def _exp_power(sign, c, e, ctx, conds, w):
    adj = e + _digits(c) - 1
    limit = max(_digits(ctx._Emax), _digits(-ctx.Etiny())) + 1
    if adj > limit:
        if sign:
            conds.extend((Underflow, Inexact, Rounded, Subnormal, Clamped))
            return _dec(0, 0, ctx.Etiny())
        return _fix(0, 1, ctx._Emax + 1, ctx, conds)
    coef, exp = _decmath.exp_fixed(c, e, sign, w)
    return _round_approx(0, coef, exp, 3000, ctx, conds)


def _int_power(a, n, sign, ctx, conds):
    c, e = a._int, a._exp
    prec = ctx._prec
    # Rough size of the result, to short-cut overflow and underflow.
    lead = int(str(c)[:15]) / 10 ** (min(15, _digits(c)) - 1)
    import_log = _log10_float(lead)
    mag = n * (a.adjusted() + import_log)
    if mag > ctx._Emax + 2:
        return _fix(sign, 1, ctx._Emax + 1, ctx, conds)
    if mag < ctx.Etiny() - 2:
        conds.extend((Underflow, Inexact, Rounded, Subnormal, Clamped))
        return _dec(sign, 0, ctx.Etiny())
    if n >= 0:
        if n * _digits(c) <= max(4 * prec, 200) + 1000:
            return _fix(sign, c ** n, e * n, ctx, conds)
        return _approx_power(c, e, n, sign, ctx, conds)
    m = -n
    if m * _digits(c) <= max(4 * prec, 200) + 1000:
        den = _dec(0, c ** m, e * m)
        one = _dec(sign, 1, 0)
        sub = []
        res = _div_nosignal(one, den, ctx, sub)
        conds.extend(sub)
        return res
    return _approx_power(c, e, n, sign, ctx, conds)


def _div_nosignal(a, b, ctx, conds):
    prec = ctx._prec
    shift = _digits(b._int) - _digits(a._int) + prec + 1
    ideal = a._exp - b._exp
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** (-shift))
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(a._sign, q, exp, ctx, conds)


def _approx_power(c, e, n, sign, ctx, conds):
    """c * 10**e to the integer n, by squaring at extra precision."""
    wp = ctx._prec + _digits(abs(n)) + 10
    neg = n < 0
    n = abs(n)
    rc, re_ = 1, 0
    bc, be = c, e
    inexact = False

    def trim(x, y):
        nonlocal inexact
        d = _digits(x) - wp
        if d > 0:
            x, r = divmod(x, 10 ** d)
            if r:
                inexact = True
            y += d
        return x, y

    while n:
        if n & 1:
            rc, re_ = trim(rc * bc, re_ + be)
        n >>= 1
        if n:
            bc, be = trim(bc * bc, be + be)
    if neg:
        shift = wp + _digits(rc) + 2
        q, r = divmod(10 ** shift, rc)
        inexact = inexact or bool(r)
        rc, re_ = q, -shift - re_
    if inexact:
        rc = rc * 10 + 1
        re_ -= 1
    return _fix(sign, rc, re_, ctx, conds)


def _log10_float(x):
    """log10 of a float in [1, 10) without the math module (a few digits suffice)."""
    r = 0.0
    step = 0.5
    y = x
    for _ in range(30):
        y = y * y
        if y >= 10:
            y /= 10
            r += step
        step /= 2
    return r


def _logical_digits(x, ctx):
    """The coefficient of a logical operand as a string of prec 0/1 digits, or None."""
    if x._is_special or x._sign or x._exp != 0:
        return None
    s = str(x._int)
    if len(s) > ctx._prec or s.strip('01'):
        return None
    return s.rjust(ctx._prec, '0')


def _logical(a, b, ctx, op):
    conds = []
    x = _logical_digits(a, ctx)
    y = _logical_digits(b, ctx) if b is not None else '0' * ctx._prec
    if x is None or y is None:
        return _finish(_invalid(conds), ctx, conds)
    digits = ''.join(op(p, q) for p, q in zip(x, y))
    return _dec(0, int(digits), 0)


def _shift_amount(other, ctx, conds):
    if other._is_special or other._exp != 0:
        return None
    n = -other._int if other._sign else other._int
    if not -ctx._prec <= n <= ctx._prec:
        return None
    return n


class _MoreOps:
    """remainder_near, shift, rotate and the logical operations."""

    def remainder_near(self, other, context=None):
        """self - other * n, n the integer nearest to self / other (ties to even)."""
        ctx = _ctx(context)
        other = _strict(other, ctx)
        conds = []
        nan = _nan_result(self, other, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        if self._exp == 'F':
            return _finish(_invalid(conds), ctx, conds)
        if other._exp == 'F':
            return _finish(_fix_any(self, ctx, conds), ctx, conds)
        if other._int == 0:
            if self._int == 0:
                return _finish(_invalid(conds, _division_undefined()), ctx, conds)
            return _finish(_invalid(conds), ctx, conds)
        ideal = min(self._exp, other._exp)
        if self._int == 0:
            return _finish(_fix(self._sign, 0, ideal, ctx, conds), ctx, conds)
        diff = self.adjusted() - other.adjusted()
        if diff <= -2:
            return _finish(_fix(self._sign, self._int * 10 ** (self._exp - ideal), ideal, ctx, conds), ctx, conds)
        if diff > ctx._prec + 1:
            return _finish(_invalid(conds, _division_impossible()), ctx, conds)
        x = self._int * 10 ** (self._exp - ideal)
        y = other._int * 10 ** (other._exp - ideal)
        q, r = divmod(x, y)
        if 2 * r > y or (2 * r == y and q & 1):
            q += 1
            r -= y
        if q >= 10 ** ctx._prec:
            return _finish(_invalid(conds, _division_impossible()), ctx, conds)
        sign = self._sign
        if r < 0:
            sign ^= 1
            r = -r
        return _finish(_fix(sign, r, ideal, ctx, conds), ctx, conds)

    def shift(self, other, context=None):
        """The coefficient shifted by other digits (left if positive), to prec digits."""
        ctx = _ctx(context)
        other = _strict(other, ctx)
        conds = []
        nan = _nan_result(self, other, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        n = _shift_amount(other, ctx, conds)
        if n is None:
            return _finish(_invalid(conds), ctx, conds)
        if self._exp == 'F':
            return self
        mod = 10 ** ctx._prec
        c = self._int % mod
        c = (c * 10 ** n) % mod if n >= 0 else c // 10 ** (-n)
        return _dec(self._sign, c, self._exp)

    def rotate(self, other, context=None):
        """The coefficient (padded to prec digits) rotated by other digits."""
        ctx = _ctx(context)
        other = _strict(other, ctx)
        conds = []
        nan = _nan_result(self, other, ctx, conds)
        if nan is not None:
            return _finish(nan, ctx, conds)
        n = _shift_amount(other, ctx, conds)
        if n is None:
            return _finish(_invalid(conds), ctx, conds)
        if self._exp == 'F':
            return self
        prec = ctx._prec
        mod = 10 ** prec
        c = self._int % mod
        n %= prec
        c = (c * 10 ** n) % mod + c // 10 ** (prec - n)
        return _dec(self._sign, c, self._exp)

    def logical_and(self, other, context=None):
        ctx = _ctx(context)
        return _logical(self, _strict(other, ctx), ctx, lambda p, q: '1' if p == q == '1' else '0')

    def logical_or(self, other, context=None):
        ctx = _ctx(context)
        return _logical(self, _strict(other, ctx), ctx, lambda p, q: '1' if '1' in (p, q) else '0')

    def logical_xor(self, other, context=None):
        ctx = _ctx(context)
        return _logical(self, _strict(other, ctx), ctx, lambda p, q: '1' if p != q else '0')

    def logical_invert(self, context=None):
        ctx = _ctx(context)
        return _logical(self, None, ctx, lambda p, q: '0' if p == '1' else '1')


def _division_undefined():
    from _deccontext import DivisionUndefined
    return DivisionUndefined


def _division_impossible():
    from _deccontext import DivisionImpossible
    return DivisionImpossible


for _name in ('remainder_near', 'shift', 'rotate', 'logical_and', 'logical_or',
              'logical_xor', 'logical_invert'):
    setattr(DecimalMore, _name, getattr(_MoreOps, _name))
del _name
