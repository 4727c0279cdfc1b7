"""The core of the decimal module: rounding of coefficients, fitting a
result to a context (precision, exponent range, clamping, with the signals
met), NaN propagation, and conversions of strings, floats and ints."""

import _decmath
from _deccontext import (
    MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, ROUND_DOWN, ROUND_HALF_UP,
    ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
    ROUND_05UP, DecimalException, Clamped, InvalidOperation, ConversionSyntax,
    DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
    InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation,
    Context, DefaultContext, BasicContext, ExtendedContext, getcontext,
    setcontext, localcontext, _ROUNDINGS)
import _deccontext

_digits = _decmath.digits
_HASH_MODULUS = (1 << 61) - 1
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


class DecimalTuple(tuple):
    """(sign, digits, exponent), as Decimal.as_tuple gives it."""

    __slots__ = ()

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return f'DecimalTuple(sign={self[0]!r}, digits={self[1]!r}, exponent={self[2]!r})'


def _round_digits(coef, drop, rounding, sign):
    """coef with its last drop digits removed, rounded; (new coef, inexact)."""
    if drop <= 0:
        return coef * 10 ** (-drop), False
    if drop > _digits(coef) + 1:
        q, r = 0, coef
        half_cmp = -1 if coef else -2
    else:
        p = 10 ** drop
        q, r = divmod(coef, p)
        if r == 0:
            return q, False
        half = p // 2
        half_cmp = (r > half) - (r < half)
    if r == 0 and half_cmp == -2:
        return q, False
    up = False
    if rounding == ROUND_HALF_EVEN:
        up = half_cmp > 0 or (half_cmp == 0 and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = half_cmp >= 0
    elif rounding == ROUND_HALF_DOWN:
        up = half_cmp > 0
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


def _fix(sign, coef, exp, ctx, conds, rounding=None):
    """The finite number (sign, coef, exp) fitted to ctx's precision and
    exponent range; the signals raised are appended to conds."""
    prec = ctx._prec
    if coef and ctx._Emin <= exp <= ctx._Emax - prec + 1 and (coef < _POW10[prec] if prec < 200 else _digits(coef) <= prec):
        return _dec(sign, coef, exp)
    if rounding is None:
        rounding = ctx._rounding
    etiny = ctx._Emin - prec + 1
    etop = ctx._Emax - prec + 1
    if coef == 0:
        emax = ctx._Emax if ctx._clamp == 0 else etop
        new = min(max(exp, etiny), emax)
        if new != exp:
            conds.append(Clamped)
        return _dec(sign, 0, new)
    nd = _digits(coef)
    exp_min = nd + exp - prec
    if exp_min > etop:
        return _overflow(sign, ctx, conds, rounding)
    subnormal = exp_min < etiny
    if subnormal:
        exp_min = etiny
    if exp < exp_min:
        newcoef, inexact = _round_digits(coef, exp_min - exp, rounding, sign)
        if newcoef and _digits(newcoef) > prec:
            newcoef //= 10
            exp_min += 1
            if exp_min > etop:
                return _overflow(sign, ctx, conds, rounding)
        coef, exp = newcoef, exp_min
        if subnormal:
            conds.append(Subnormal)
            if inexact:
                conds.append(Underflow)
        if inexact:
            conds.append(Inexact)
        conds.append(Rounded)
        if subnormal and coef == 0:
            conds.append(Clamped)
    elif subnormal:
        conds.append(Subnormal)
    if ctx._clamp == 1 and exp > etop:
        coef *= 10 ** (exp - etop)
        exp = etop
        conds.append(Clamped)
    elif exp > ctx._Emax and coef == 0:
        exp = ctx._Emax
    return _dec(sign, coef, exp)


def _overflow(sign, ctx, conds, rounding):
    conds.extend((Overflow, Inexact, Rounded))
    to_inf = {ROUND_HALF_UP: True, ROUND_HALF_EVEN: True, ROUND_HALF_DOWN: True,
              ROUND_UP: True, ROUND_DOWN: False, ROUND_05UP: False,
              ROUND_CEILING: not sign, ROUND_FLOOR: bool(sign)}[rounding]
    if to_inf:
        return _dec(sign, 0, 'F')
    return _dec(sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)


def _dec(sign, coef, exp):
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = coef
    self._exp = exp
    self._is_special = type(exp) is str
    return self


def _nan_result(a, b, ctx, conds):
    """The NaN an operation on a NaN gives (None if neither is a NaN)."""
    for x in (a, b):
        if x is not None and x._exp == 'N':
            conds.append(InvalidOperation)
            return _fix_nan(_dec(x._sign, x._int, 'n'), ctx)
    for x in (a, b):
        if x is not None and x._exp == 'n':
            return _fix_nan(x, ctx)
    return None


def _fix_nan(x, ctx):
    """A NaN whose payload fits the precision (clamp-adjusted)."""
    room = ctx._prec - ctx._clamp
    if x._int and _digits(x._int) > room:
        return _dec(x._sign, int(str(x._int)[-room:]) if room > 0 else 0, x._exp)
    return x


def _invalid(conds, cond=InvalidOperation):
    conds.append(cond)
    return _dec(0, 0, 'n')


_PARSED = {}
_POW10 = [10 ** k for k in range(200)]


def _parse(text):
    """(sign, coef, exp) of a numeric string, or None if malformed (the
    results of the last few hundred strings kept)."""
    got = _PARSED.get(text)
    if got is None:
        got = _parse_text(text)
        if len(_PARSED) > 500:
            _PARSED.clear()
        _PARSED[text] = got
    return got


def _parse_text(text):
    s = text.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = int(s[0] == '-')
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not payload.isdecimal():
                return None
            return sign, int(payload) if payload else 0, kind
    mant, has_e, expo = s.replace('E', 'e').partition('e')
    whole, _, frac = mant.partition('.')
    if not whole and not frac:
        return None
    if (whole and not whole.isdecimal()) or (frac and not frac.isdecimal()):
        return None
    exp = 0
    if has_e:
        if expo[:1] in ('+', '-'):
            if not expo[1:].isdecimal():
                return None
        elif not expo.isdecimal():
            return None
        exp = int(expo)
    return sign, int(whole + frac), exp - len(frac)


def _from_float(f):
    if f != f:
        return _dec(0, 0, 'n')
    if f in (float('inf'), float('-inf')):
        return _dec(int(f < 0), 0, 'F')
    sign = 1 if (f < 0 or (f == 0 and str(f).startswith('-'))) else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _dec(sign, n * 5**k, -k)


def _convert(other, ctx=None, allow_float=False):
    """other as a Decimal for arithmetic, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _dec(int(other < 0), abs(int(other)), 0)
    if allow_float and isinstance(other, float):
        return _from_float(other)
    return NotImplemented


def _strict(value, ctx):
    """An operand of a Context method: Decimal or int (TypeError otherwise)."""
    r = _convert(value)
    if r is NotImplemented:
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')
    return r


def _ctx(context):
    return getcontext() if context is None else context


def _finish(result, ctx, conds):
    if conds:
        ctx._raise(conds)
    return result
