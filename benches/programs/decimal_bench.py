# Decimal arithmetic: pi by Machin's formula and e by its series at 50 digits, a compound
# interest table quantized to cents, and sums and products of many small decimals.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP


def arctan_inv(x, digits):
    with localcontext() as ctx:
        ctx.prec = digits + 5
        x = Decimal(x)
        x2 = x * x
        power = 1 / x
        total = power
        n = 1
        sign = -1
        eps = Decimal(10) ** -(digits + 3)
        while power > eps:
            power /= x2
            n += 2
            total += sign * power / n
            sign = -sign
    return total


def pi(digits):
    with localcontext() as ctx:
        ctx.prec = digits
        return +(4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits)))


def e(digits):
    with localcontext() as ctx:
        ctx.prec = digits + 5
        total = Decimal(1)
        term = Decimal(1)
        n = 1
        while term > Decimal(10) ** -(digits + 3):
            term /= n
            total += term
            n += 1
    with localcontext() as ctx:
        ctx.prec = digits
        return +total


def interest_table(years):
    cent = Decimal('0.01')
    rows = []
    for rate in ('0.0125', '0.025', '0.0375', '0.05', '0.0625'):
        r = Decimal(rate)
        balance = Decimal('1000.00')
        for month in range(years * 12):
            balance = (balance * (1 + r / 12)).quantize(cent, rounding=ROUND_HALF_UP)
            if month % 60 == 59:
                balance += Decimal('250.00')
        rows.append((rate, balance))
    return rows


def sums(n):
    total = Decimal(0)
    product = Decimal(1)
    for i in range(1, n):
        d = Decimal(i) / 7
        total += d.quantize(Decimal('0.0001'))
        product = (product * (1 + Decimal(i % 13 - 6) / 1000)).quantize(Decimal("1e-20"))
    return total, product


getcontext().prec = 50
for _ in range(150):
    p = pi(50)
print(p)
for _ in range(150):
    x = e(50)
print(x)
for rate, balance in interest_table(60):
    print(rate, balance)
print(*sums(200000))
print(Decimal(2).sqrt(), Decimal(10).ln(), Decimal('1.5').exp())
