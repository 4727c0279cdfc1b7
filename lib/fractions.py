"""Rational numbers: the class Fraction, exact arithmetic on numerator/denominator pairs
kept in lowest terms, built from ints, other rationals, floats, Decimals and strings, mixing
with floats and complex numbers by converting to them, and formatted like floats."""

import math
import sys

try:
    import numbers as _numbers
except ImportError:
    _numbers = None

__all__ = ['Fraction']

_PyHASH_MODULUS = sys.hash_info.modulus
_PyHASH_INF = sys.hash_info.inf


def _hash_algorithm(numerator, denominator):
    # The hash of n/d is n times the inverse of d modulo the hash modulus (so that equal
    # ints, floats and fractions hash alike); d has no inverse when the modulus divides it.
    try:
        dinv = pow(denominator, -1, _PyHASH_MODULUS)
    except ValueError:
        hash_ = _PyHASH_INF
    else:
        hash_ = hash(hash(abs(numerator)) * dinv)
    result = hash_ if numerator >= 0 else -hash_
    return -2 if result == -1 else result


def _digits_at(s, i):
    # The end of a run of digits with single underscores between them starting at i, or -1.
    n = len(s)
    if i >= n or not s[i].isdecimal():
        return -1
    while True:
        while i < n and s[i].isdecimal():
            i += 1
        if i + 1 < n and s[i] == '_' and s[i + 1].isdecimal():
            i += 1
            continue
        return i


def _parse_rational(s):
    # (sign, num, denom, decimal, exp) texts of a fraction literal, or None.
    n = len(s)
    i = 0
    while i < n and s[i].isspace():
        i += 1
    sign = ''
    if i < n and s[i] in '+-':
        sign = s[i]
        i += 1
    if not (i < n and (s[i].isdecimal()
                       or (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    end = _digits_at(s, i)
    if end < 0:
        end = i
    num = s[i:end]
    i = end

    def tail_ok(j):
        while j < n and s[j].isspace():
            j += 1
        return j == n

    # numerator / denominator
    j = i
    while j < n and s[j].isspace():
        j += 1
    if j < n and s[j] == '/':
        j += 1
        while j < n and s[j].isspace():
            j += 1
        end = _digits_at(s, j)
        if end >= 0 and tail_ok(end):
            return sign, num, s[j:end], None, None
    # numerator [. decimal] [e exponent]
    decimal = exp = None
    if i < n and s[i] == '.':
        end = _digits_at(s, i + 1)
        if end < 0:
            end = i + 1
        decimal = s[i + 1:end]
        i = end
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        end = _digits_at(s, j)
        if end >= 0:
            exp = s[i + 1:end]
            i = end
    if not tail_ok(i):
        return None
    return sign, num, None, decimal, exp


def _round_to_exponent(n, d, exponent, no_neg_zero=False):
    # n/d rounded (ties to even) to a multiple of 10**exponent: (negative, significand).
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    q, r = divmod(n + (d >> 1), d)
    if r == 0 and d & 1 == 0:
        q &= -2
    sign = q < 0 if no_neg_zero else n < 0
    return sign, abs(q)


def _round_to_figures(n, d, figures):
    # n/d rounded to `figures` significant digits: (negative, significand, exponent).
    if n == 0:
        return False, 0, 1 - figures
    str_n, str_d = str(abs(n)), str(d)
    m = len(str_n) - len(str_d) + (str_d <= str_n)
    exponent = m - figures
    sign, significand = _round_to_exponent(n, d, exponent)
    if len(str(significand)) == figures + 1:
        significand //= 10
        exponent += 1
    return sign, significand, exponent


def _parse_float_spec(spec):
    # The fields of a float-style format specification, or None when it is not one.
    n = len(spec)
    i = 0
    fill = align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = ''
    if i < n and spec[i] in '-+ ':
        sign = spec[i]
        i += 1
    no_neg_zero = alt = zeropad = False
    if i < n and spec[i] == 'z':
        no_neg_zero = True
        i += 1
    if i < n and spec[i] == '#':
        alt = True
        i += 1
    if i + 1 < n and spec[i] == '0' and spec[i + 1] in '0123456789':
        zeropad = True
        i += 1
    width = None
    if i < n and spec[i] == '0':
        width = '0'
        i += 1
    elif i < n and spec[i] in '123456789':
        j = i
        while j < n and spec[j] in '0123456789':
            j += 1
        width = spec[i:j]
        i = j
    thousands = None
    if i < n and spec[i] in ',_':
        thousands = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        j = i + 1
        if j < n and spec[j] == '0':
            precision = '0'
            j += 1
        elif j < n and spec[j] in '123456789':
            k = j
            while k < n and spec[k] in '0123456789':
                k += 1
            precision = spec[j:k]
            j = k
        else:
            return None
        i = j
    if i != n - 1 or spec[i] not in 'eEfFgG%':
        return None
    return fill, align, sign, no_neg_zero, alt, zeropad, width, thousands, precision, spec[i]


def _decimal_class():
    # decimal.Decimal when the decimal module is loaded (no Decimal can exist otherwise).
    mod = sys.modules.get('decimal')
    return getattr(mod, 'Decimal', None) if mod is not None else None


class Fraction(_numbers.Rational if _numbers is not None else object):
    """A rational number numerator/denominator in lowest terms, with a positive denominator.

    Fraction(), Fraction(3), Fraction(8, 6) == Fraction(4, 3), Fraction('3/7'),
    Fraction(' -1.5e3 '), Fraction(0.25), Fraction(Decimal('1.1')) and Fraction of another
    rational are all accepted."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        """A rational from a number, a string, or a pair of rationals."""
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, _Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif isinstance(numerator, float) or (
                    _decimal_class() is not None and isinstance(numerator, _decimal_class())):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parts = _parse_rational(numerator)
                if parts is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                sign, num, denom, decimal, exp = parts
                numerator = int(num or '0')
                if denom:
                    denominator = int(denom)
                else:
                    denominator = 1
                    if decimal:
                        decimal = decimal.replace('_', '')
                        scale = 10 ** len(decimal)
                        numerator = numerator * scale + int(decimal)
                        denominator *= scale
                    if exp:
                        exp = int(exp)
                        if exp >= 0:
                            numerator *= 10 ** exp
                        else:
                            denominator *= 10 ** -exp
                if sign == '-':
                    numerator = -numerator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, _Rational) and isinstance(denominator, _Rational):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator,
            )
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or an int) as a Fraction."""
        if isinstance(f, _Integral):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or an int) as a Fraction."""
        if isinstance(dec, _Integral):
            return cls(int(dec))
        decimal_class = _decimal_class()
        if decimal_class is None or not isinstance(dec, decimal_class):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" %
                            (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    def is_integer(self):
        """Whether the fraction is an integer."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """The pair (numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents; then pick the better of the last
        # convergent and the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        """Format like a float: presentation types e, E, f, F, g, G and %."""
        if not format_spec:
            return str(self)
        fields = _parse_float_spec(format_spec)
        if fields is None:
            raise ValueError(
                f"Invalid format specifier {format_spec!r} "
                f"for object of type {type(self).__name__!r}"
            )
        fill, align, sign_opt, no_neg_zero, alt, zeropad, width, thousands, precision, kind = fields
        if align is not None and zeropad:
            raise ValueError(
                f"Invalid format specifier {format_spec!r} "
                f"for object of type {type(self).__name__!r}; "
                "can't use explicit alignment when zero-padding"
            )
        fill = fill or " "
        align = align or ">"
        pos_sign = "" if sign_opt == "-" else sign_opt
        minimumwidth = int(width or "0")
        precision = int(precision or "6")
        trim_zeros = kind in "gG" and not alt
        trim_point = not alt
        exponent_indicator = "E" if kind in "EFG" else "e"
        if kind in "fF%":
            exponent = -precision
            if kind == "%":
                exponent -= 2
            negative, significand = _round_to_exponent(
                self._numerator, self._denominator, exponent, no_neg_zero)
            scientific = False
            point_pos = precision
        else:
            figures = max(precision, 1) if kind in "gG" else precision + 1
            negative, significand, exponent = _round_to_figures(
                self._numerator, self._denominator, figures)
            scientific = kind in "eE" or exponent > 0 or exponent + figures <= -4
            point_pos = figures - 1 if scientific else -exponent
        if kind == "%":
            suffix = "%"
        elif scientific:
            suffix = f"{exponent_indicator}{exponent + point_pos:+03d}"
        else:
            suffix = ""
        digits = f"{significand:0{point_pos + 1}d}"
        sign = "-" if negative else pos_sign
        leading = digits[:len(digits) - point_pos]
        frac_part = digits[len(digits) - point_pos:]
        if trim_zeros:
            frac_part = frac_part.rstrip("0")
        separator = "" if trim_point and not frac_part else "."
        trailing = separator + frac_part + suffix
        if zeropad:
            min_leading = minimumwidth - len(sign) - len(trailing)
            leading = leading.zfill(3 * min_leading // 4 + 1 if thousands else min_leading)
        if thousands:
            first = 1 + (len(leading) - 1) % 3
            leading = leading[:first] + "".join(
                thousands + leading[pos:pos + 3] for pos in range(first, len(leading), 3))
        body = leading + trailing
        padding = fill * (minimumwidth - len(sign) - len(body))
        if align == ">":
            return padding + sign + body
        if align == "<":
            return sign + body + padding
        if align == "^":
            half = len(padding) // 2
            return padding[:half] + sign + body + padding[half:]
        return sign + padding + body

    def _operator_fallbacks(monomorphic_operator, fallback_operator, name):
        # The forward and reflected methods of a binary operator: exact between rationals,
        # through float or complex with those.
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic_operator(a, b)
            elif isinstance(b, int):
                return monomorphic_operator(a, Fraction(b))
            elif isinstance(b, float):
                return fallback_operator(float(a), b)
            elif isinstance(b, complex):
                return fallback_operator(complex(a), b)
            return NotImplemented
        forward.__name__ = '__' + name + '__'
        forward.__doc__ = monomorphic_operator.__doc__

        def reverse(b, a):
            if isinstance(a, _Rational):
                return monomorphic_operator(Fraction(a), b)
            elif isinstance(a, _Real):
                return fallback_operator(float(a), float(b))
            elif isinstance(a, _Complex):
                return fallback_operator(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = '__r' + name + '__'
        reverse.__doc__ = monomorphic_operator.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction._from_coprime_ints(na * db + da * nb, da * db)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction._from_coprime_ints(t, s * db)
        return Fraction._from_coprime_ints(t // g2, s * (db // g2))

    __add__, __radd__ = _operator_fallbacks(_add, lambda x, y: x + y, 'add')

    def _sub(a, b):
        """a - b"""
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction._from_coprime_ints(na * db - da * nb, da * db)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction._from_coprime_ints(t, s * db)
        return Fraction._from_coprime_ints(t // g2, s * (db // g2))

    __sub__, __rsub__ = _operator_fallbacks(_sub, lambda x, y: x - y, 'sub')

    def _mul(a, b):
        """a * b"""
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction._from_coprime_ints(na * nb, db * da)

    __mul__, __rmul__ = _operator_fallbacks(_mul, lambda x, y: x * y, 'mul')

    def _div(a, b):
        """a / b"""
        nb, db = b._numerator, b._denominator
        if nb == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % db)
        na, da = a._numerator, a._denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction._from_coprime_ints(n, d)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, lambda x, y: x / y, 'truediv')

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, lambda x, y: x // y, 'floordiv')

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod, 'divmod')

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, lambda x, y: x % y, 'mod')

    def __pow__(a, b):
        """a ** b: exact for integral b, a float otherwise."""
        if isinstance(b, _Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._from_coprime_ints(a._numerator ** power,
                                                       a._denominator ** power)
                elif a._numerator > 0:
                    return Fraction._from_coprime_ints(a._denominator ** -power,
                                                       a._numerator ** -power)
                elif a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % a._denominator ** -power)
                return Fraction._from_coprime_ints((-a._denominator) ** -power,
                                                   (-a._numerator) ** -power)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, _Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a"""
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a):
        """int(a)"""
        if a._numerator < 0:
            return int(-(-a._numerator // a._denominator))
        return int(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): ties go to the even neighbour."""
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            elif remainder * 2 > d:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        """float(a), correctly rounded."""
        return a._numerator / a._denominator

    def __complex__(a):
        """complex(a)"""
        return complex(float(a))

    @property
    def real(a):
        """The real part: the fraction itself."""
        return +a

    @property
    def imag(a):
        """The imaginary part: 0."""
        return 0

    def conjugate(a):
        """The conjugate: the fraction itself."""
        return +a

    def __hash__(self):
        """hash(self), equal to the hash of an equal int or float."""
        return _hash_algorithm(self._numerator, self._denominator)

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, _Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, _Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, _Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


# The builtin types first, so that the usual checks stay cheap.
if _numbers is not None:
    _Rational = (int, Fraction, _numbers.Rational)
    _Real = (int, float, Fraction, _numbers.Real)
    _Complex = (int, float, complex, Fraction, _numbers.Complex)
    _Integral = (int, _numbers.Integral)
else:
    _Rational = (int, Fraction)
    _Real = (int, float, Fraction)
    _Complex = (int, float, complex, Fraction)
    _Integral = int
