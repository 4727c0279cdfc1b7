"""The decimal module's signals, rounding modes and arithmetic contexts
(Context, the signal dictionaries of flags and traps, and the current
context of getcontext/setcontext/localcontext)."""

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class DecimalException(ArithmeticError):
    __module__ = 'decimal'


class Clamped(DecimalException):
    __module__ = 'decimal'


class InvalidOperation(DecimalException):
    __module__ = 'decimal'


class ConversionSyntax(InvalidOperation):
    __module__ = 'decimal'


class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = 'decimal'


class DivisionImpossible(InvalidOperation):
    __module__ = 'decimal'


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = 'decimal'


class Inexact(DecimalException):
    __module__ = 'decimal'


class InvalidContext(InvalidOperation):
    __module__ = 'decimal'


class Rounded(DecimalException):
    __module__ = 'decimal'


class Subnormal(DecimalException):
    __module__ = 'decimal'


class Overflow(Inexact, Rounded):
    __module__ = 'decimal'


class Underflow(Inexact, Rounded, Subnormal):
    __module__ = 'decimal'


class FloatOperation(DecimalException, TypeError):
    __module__ = 'decimal'


# The order in which the signals are kept (and the first trapped one raised).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
# The order of the signals in a context's repr.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)
_CONDITIONS = (InvalidOperation, ConversionSyntax, DivisionImpossible,
               DivisionUndefined, InvalidContext)


def _signal_of(condition):
    return InvalidOperation if condition in _CONDITIONS else condition


class _SignalDict:
    """The flags or traps of a context: a fixed mapping from signals to bools."""

    __slots__ = ('_values',)

    def __init__(self, on=()):
        self._values = {s: s in on for s in _SIGNALS}

    def _key(self, key):
        if key not in self._values:
            raise KeyError(key)
        return key

    def __getitem__(self, key):
        return self._values[self._key(key)]

    def __setitem__(self, key, value):
        self._values[self._key(key)] = bool(value)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __contains__(self, key):
        return key in self._values

    def keys(self):
        return self._values.keys()

    def values(self):
        return self._values.values()

    def items(self):
        return self._values.items()

    def get(self, key, default=None):
        return self._values.get(key, default)

    def copy(self):
        return dict(self._values)

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._values == other._values
        if isinstance(other, dict):
            return self._values == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join(f'{k}:{v}' for k, v in self._values.items()) + '}'


def _signal_set(value, what):
    if value is None:
        return ()
    if isinstance(value, (dict, _SignalDict)):
        for k in value:
            if k not in _SIGNALS:
                raise KeyError('invalid signal dict')
        return tuple(k for k in _SIGNALS if value[k])
    out = []
    for s in value:
        if s not in _SIGNALS:
            raise TypeError(f'{what} must be a list of signals or a dict')
        out.append(s)
    return tuple(out)


class Context:
    """An arithmetic context: precision, rounding, exponent limits, and the
    signals' flags and traps."""

    __module__ = 'decimal'
    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp',
                 '_flags', '_traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = _DEFAULT
        self._flags = _SignalDict()
        self._traps = _SignalDict()
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        for s in _signal_set(flags, 'flags'):
            self._flags[s] = True
        if traps is None and base is not None:
            traps = base._traps
        for s in _signal_set(traps, 'traps'):
            self._traps[s] = True

    def _int_attr(self, value, lo, hi, message):
        if not isinstance(value, int):
            raise TypeError('an integer is required' if not isinstance(value, float) else
                            "'float' object cannot be interpreted as an integer")
        if not lo <= value <= hi:
            raise ValueError(message)
        return value

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        self._prec = self._int_attr(value, 1, MAX_PREC, 'valid range for prec is [1, MAX_PREC]')

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        self._Emin = self._int_attr(value, MIN_EMIN, 0, 'valid range for Emin is [MIN_EMIN, 0]')

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        self._Emax = self._int_attr(value, 0, MAX_EMAX, 'valid range for Emax is [0, MAX_EMAX]')

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        self._capitals = self._int_attr(value, 0, 1, 'valid values for capitals are 0 or 1')

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        self._clamp = self._int_attr(value, 0, 1, 'valid values for clamp are 0 or 1')

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS or not isinstance(value, str):
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        self._rounding = value

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        new = _SignalDict(_signal_set(value, 'flags'))
        self._flags = new

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        self._traps = _SignalDict(_signal_set(value, 'traps'))

    def Etiny(self):
        """Emin - prec + 1, the smallest exponent of a subnormal result."""
        return self._Emin - self._prec + 1

    def Etop(self):
        """Emax - prec + 1, the largest exponent when clamp is 1."""
        return self._Emax - self._prec + 1

    def radix(self):
        import decimal
        return decimal.Decimal(10)

    def clear_flags(self):
        """Resets every flag."""
        for s in _SIGNALS:
            self._flags[s] = False

    def clear_traps(self):
        """Resets every trap."""
        for s in _SIGNALS:
            self._traps[s] = False

    def copy(self):
        """A copy of the context (flags and traps copied too)."""
        c = Context.__new__(Context)
        c._prec, c._rounding, c._Emin, c._Emax = self._prec, self._rounding, self._Emin, self._Emax
        c._capitals, c._clamp = self._capitals, self._clamp
        c._flags = _SignalDict([s for s in _SIGNALS if self._flags[s]])
        c._traps = _SignalDict([s for s in _SIGNALS if self._traps[s]])
        return c

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                          self._clamp, [s for s in _SIGNALS if self._flags[s]],
                          [s for s in _SIGNALS if self._traps[s]]))

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _REPR_ORDER if self._flags[s])
        traps = ', '.join(s.__name__ for s in _REPR_ORDER if self._traps[s])
        return (f'Context(prec={self._prec}, rounding={self._rounding}, Emin={self._Emin}, '
                f'Emax={self._Emax}, capitals={self._capitals}, clamp={self._clamp}, '
                f'flags=[{flags}], traps=[{traps}])')

    def _raise(self, conditions):
        """Sets the flags of the conditions met; raises the first trapped one."""
        trapped = []
        flags = self._flags._values
        traps = self._traps._values
        for cond in conditions:
            sig = InvalidOperation if cond in _CONDITIONS else cond
            flags[sig] = True
            if traps[sig] and cond not in trapped:
                trapped.append(cond)
        if trapped:
            order = {s: i for i, s in enumerate(_SIGNALS)}
            trapped.sort(key=lambda c: order[_signal_of(c)])
            first = _signal_of(trapped[0])
            raise first(trapped)


_DEFAULT = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_DEFAULT = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_current = None


def getcontext():
    """The current context (a copy of DefaultContext at first use)."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    """Makes context the current context."""
    global _current
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager:
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager making a copy of ctx (or of the current context),
    with the given attributes changed, current inside the with block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYS:
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(new, key, value)
    return _ContextManager(new)
