"""The numeric tower of abstract base classes (PEP 3141): Number, Complex, Real, Rational and
Integral, each naming the operations its numbers support, with mixin methods derived from
them; complex, float and int are registered as Complex, Real and Integral."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _abstract(name):
    # An abstract method `name` that raises NotImplementedError.
    def method(self, *args):
        raise NotImplementedError
    method.__name__ = name
    return abstractmethod(method)


class Number(metaclass=ABCMeta):
    """The root of the numeric hierarchy: isinstance(x, Number) tells whether x is a number."""

    __slots__ = ()

    # Numbers are not hashable unless a concrete class says how.
    __hash__ = None


class Complex(Number):
    """Complex numbers: the arithmetic of the complex type, and real, imag, conjugate,
    complex() and bool()."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """The value as a complex."""

    def __bool__(self):
        """True unless the number is zero."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part."""
        raise NotImplementedError

    __add__ = _abstract('__add__')
    __radd__ = _abstract('__radd__')
    __neg__ = _abstract('__neg__')
    __pos__ = _abstract('__pos__')

    def __sub__(self, other):
        """self - other"""
        return self + -other

    def __rsub__(self, other):
        """other - self"""
        return -self + other

    __mul__ = _abstract('__mul__')
    __rmul__ = _abstract('__rmul__')
    __truediv__ = _abstract('__truediv__')
    __rtruediv__ = _abstract('__rtruediv__')
    __pow__ = _abstract('__pow__')
    __rpow__ = _abstract('__rpow__')
    __abs__ = _abstract('__abs__')
    conjugate = _abstract('conjugate')
    __eq__ = _abstract('__eq__')


Complex.register(complex)


class Real(Complex):
    """Real numbers: Complex plus ordering, rounding and the floor-division operators."""

    __slots__ = ()

    __float__ = _abstract('__float__')
    __trunc__ = _abstract('__trunc__')
    __floor__ = _abstract('__floor__')
    __ceil__ = _abstract('__ceil__')
    __round__ = _abstract('__round__')

    def __divmod__(self, other):
        """divmod(self, other)"""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self)"""
        return (other // self, other % self)

    __floordiv__ = _abstract('__floordiv__')
    __rfloordiv__ = _abstract('__rfloordiv__')
    __mod__ = _abstract('__mod__')
    __rmod__ = _abstract('__rmod__')
    __lt__ = _abstract('__lt__')
    __le__ = _abstract('__le__')

    def __complex__(self):
        """complex(self)"""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number's imaginary part is 0."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


Real.register(float)


class Rational(Real):
    """Rational numbers: Real plus numerator and denominator in lowest terms."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        """The numerator in lowest terms."""
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        """The positive denominator in lowest terms."""
        raise NotImplementedError

    def __float__(self):
        """float(self) = numerator / denominator, by true division of ints."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: Rational plus int(), index() and the bitwise operators."""

    __slots__ = ()

    __int__ = _abstract('__int__')

    def __index__(self):
        """operator.index(self)"""
        return int(self)

    __pow__ = _abstract('__pow__')
    __lshift__ = _abstract('__lshift__')
    __rlshift__ = _abstract('__rlshift__')
    __rshift__ = _abstract('__rshift__')
    __rrshift__ = _abstract('__rrshift__')
    __and__ = _abstract('__and__')
    __rand__ = _abstract('__rand__')
    __xor__ = _abstract('__xor__')
    __rxor__ = _abstract('__rxor__')
    __or__ = _abstract('__or__')
    __ror__ = _abstract('__ror__')
    __invert__ = _abstract('__invert__')

    def __float__(self):
        """float(self)"""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is 1."""
        return 1


Integral.register(int)
