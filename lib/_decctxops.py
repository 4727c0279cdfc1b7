"""The arithmetic methods of decimal.Context: each applies the Decimal
operation of the same meaning under that context."""


def install(Context, Decimal):
    """Adds the operation methods to Context."""
    from _decbase import _strict, _parse, _dec, _fix, _from_float, _fix_nan
    from _deccontext import ConversionSyntax, FloatOperation

    def conv(ctx, x):
        return _strict(x, ctx)

    def unary(method):
        def op(self, a):
            return getattr(conv(self, a), method)(context=self)
        op.__name__ = method
        return op

    def binary(method):
        def op(self, a, b):
            return getattr(conv(self, a), method)(conv(self, b), context=self)
        op.__name__ = method
        return op

    def dunder(method, name):
        def op(self, a, b):
            r = getattr(conv(self, a), method)(conv(self, b), context=self)
            return r
        op.__name__ = name
        return op

    def plain(method):
        def op(self, a):
            return getattr(conv(self, a), method)()
        op.__name__ = method
        return op

    def plain_binary(method):
        def op(self, a, b):
            return getattr(conv(self, a), method)(conv(self, b))
        op.__name__ = method
        return op

    for name in ('exp', 'ln', 'log10', 'logb', 'next_minus', 'next_plus', 'normalize',
                 'number_class', 'sqrt', 'to_integral_exact', 'to_integral_value',
                 'logical_invert'):
        setattr(Context, name, unary(name))
    Context.to_integral = unary('to_integral_value')
    for name in ('compare', 'compare_signal', 'max', 'max_mag', 'min', 'min_mag',
                 'next_toward', 'quantize', 'scaleb', 'remainder_near', 'shift', 'rotate',
                 'logical_and', 'logical_or', 'logical_xor'):
        setattr(Context, name, binary(name))
    for name, method in (('add', '__add__'), ('subtract', '__sub__'), ('multiply', '__mul__'),
                         ('divide', '__truediv__'), ('divide_int', '__floordiv__'),
                         ('remainder', '__mod__'), ('divmod', '__divmod__')):
        setattr(Context, name, dunder(method, name))
    for name in ('copy_abs', 'copy_negate', 'is_canonical', 'is_finite', 'is_infinite',
                 'is_nan', 'is_qnan', 'is_signed', 'is_snan', 'is_zero', 'canonical'):
        setattr(Context, name, plain(name))
    for name in ('compare_total', 'compare_total_mag', 'copy_sign', 'same_quantum'):
        setattr(Context, name, plain_binary(name))

    def is_normal(self, a):
        return conv(self, a).is_normal(context=self)

    def is_subnormal(self, a):
        return conv(self, a).is_subnormal(context=self)

    def abs_(self, a):
        return conv(self, a).__abs__(context=self)

    def plus(self, a):
        return conv(self, a).__pos__(context=self)

    def minus(self, a):
        return conv(self, a).__neg__(context=self)

    def power(self, a, b, modulo=None):
        a = conv(self, a)
        if modulo is not None:
            return a._powmod(conv(self, b), conv(self, modulo), self)
        return a.__pow__(conv(self, b), context=self)

    def fma(self, a, b, c):
        return conv(self, a).fma(b, c, context=self)

    def to_sci_string(self, a):
        return conv(self, a).__str__(context=self)

    def to_eng_string(self, a):
        return conv(self, a).to_eng_string(context=self)

    def copy_decimal(self, a):
        return Decimal(conv(self, a))

    def create_decimal(self, num='0'):
        """num as a Decimal rounded to this context."""
        if isinstance(num, str):
            parsed = _parse(num)
            if parsed is None:
                self._raise([ConversionSyntax])
                return _dec(0, 0, 'n')
            sign, coef, exp = parsed
            d = _dec(sign, coef, exp)
        elif isinstance(num, float):
            self._raise([FloatOperation])
            d = _from_float(num)
        else:
            d = Decimal(num)
        if d._is_special:
            if d._exp in ('n', 'N'):
                return _fix_nan(d, self)
            return d
        conds = []
        r = _fix(d._sign, d._int, d._exp, self, conds)
        if conds:
            self._raise(conds)
        return r

    def create_decimal_from_float(self, f):
        """The float as a Decimal rounded to this context."""
        if not isinstance(f, (int, float)):
            raise TypeError('argument must be int or float')
        d = Decimal.from_float(f)
        conds = []
        if d._is_special:
            return d
        r = _fix(d._sign, d._int, d._exp, self, conds)
        if conds:
            self._raise(conds)
        return r

    for f, name in ((is_normal, 'is_normal'), (is_subnormal, 'is_subnormal'), (abs_, 'abs'),
                    (plus, 'plus'), (minus, 'minus'), (power, 'power'), (fma, 'fma'),
                    (to_sci_string, 'to_sci_string'), (to_eng_string, 'to_eng_string'),
                    (copy_decimal, 'copy_decimal'), (create_decimal, 'create_decimal'),
                    (create_decimal_from_float, 'create_decimal_from_float')):
        f.__name__ = name
        setattr(Context, name, f)
