"""Integer kernels of the decimal module: integer square roots, and the
fixed-point approximations of exp, ln and 10-based logarithms that its
correctly rounded functions refine until the rounding is certain."""


def isqrt(n):
    """The integer square root of n >= 0."""
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


_HUGE = 10 ** 3000


def digits(n):
    """Number of decimal digits of n >= 0 (1 for 0)."""
    if n < _HUGE:
        return len(str(n))
    est = int(n.bit_length() * 0.30102999566398120) - 1
    if est < 1:
        est = 1
    p = 10 ** est
    while p <= n:
        p *= 10
        est += 1
    return est


def _atanh_inv(k, one):
    """atanh(1/k) * one, for an integer k > 1 (error a few units)."""
    total = 0
    power = one // k
    k2 = k * k
    n = 1
    while power:
        total += power // n
        power //= k2
        n += 2
    return total


_CONST_CACHE = {}


def ln2(w):
    """ln(2) * 10**w, rounded down within a few units."""
    key = ('ln2', w)
    if key not in _CONST_CACHE:
        one = 10 ** (w + 10)
        _CONST_CACHE[key] = 2 * _atanh_inv(3, one) // 10**10
    return _CONST_CACHE[key]


def ln10(w):
    """ln(10) * 10**w, within a few units."""
    key = ('ln10', w)
    if key not in _CONST_CACHE:
        one = 10 ** (w + 10)
        value = 3 * (2 * _atanh_inv(3, one)) + 2 * _atanh_inv(9, one)
        _CONST_CACHE[key] = value // 10**10
    return _CONST_CACHE[key]


def ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w for c > 0, within 100 units (the argument exact)."""
    extra = 10
    wp = w + extra
    one = 10 ** wp
    nd = digits(c)
    # c * 10**e = m * 10**k with 1 <= m < 10.
    k = e + nd - 1
    m = c * one // 10 ** (nd - 1)
    j = 0
    while m > one * 3 // 2:
        m = (m + 1) // 2
        j += 1
    roots = 4
    for _ in range(roots):
        m = isqrt(m * one)
    z = (m - one) * one // (m + one)
    negative = z < 0
    z = abs(z)
    z2 = z * z // one
    total = 0
    term = z
    n = 1
    while term:
        total += term // n
        term = term * z2 // one
        n += 2
    total = 2 * total * (1 << roots)
    if negative:
        total = -total
    result = total + j * ln2(wp) + k * ln10(wp)
    return result // 10**extra


def exp_fixed(c, e, sign, w):
    """exp(+-c * 10**e) as (coefficient, exponent), the coefficient of w + 1
    digits or so and within 100 units; the argument's size is moderate (the
    caller deals with overflow and underflow)."""
    extra = 10 + max(0, digits(c) + e)
    wp = w + extra
    one = 10 ** wp
    if e >= 0:
        x = c * 10**e * one
    elif -e <= wp:
        x = c * 10 ** (wp + e)
    else:
        x = c // 10 ** (-e - wp)
    if sign:
        x = -x
    l10 = ln10(wp)
    q = x // l10
    r = x - q * l10
    halvings = 8
    r >>= halvings
    total = one
    term = one
    n = 1
    while term:
        term = term * r // (one * n)
        total += term
        n += 1
    for _ in range(halvings):
        total = total * total // one
    return total // 10**extra, q - w
