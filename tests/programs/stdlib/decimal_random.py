"""decimal: differential cases from a fixed pseudo-random sequence: every operation, precision and rounding mode, with the flags raised."""
class _R:
    def __init__(self): self.x = 7
    def seed(self, s): self.x = s
    def _next(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.x >> 11
    def random(self): return self._next() / (1 << 53)
    def randint(self, a, b): return a + self._next() % (b - a + 1)
    def choice(self, seq): return seq[self._next() % len(seq)]
random = _R()
from decimal import *
random.seed(13)
def rnd():
    k = random.random()
    if k < 0.05: return random.choice(['0', '-0', 'Inf', '-Inf', 'NaN', '0E+5', '0.000'])
    digits = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 40)))
    e = random.randint(-40, 40)
    return ('-' if random.random() < 0.4 else '') + digits + 'E' + str(e)
ops = ['+', '-', '*', '/', '//', '%', 'divmod', 'quantize', 'cmp', 'sqrt', 'exp', 'ln', 'log10', 'pow', 'fma', 'normalize', 'tiv', 'max', 'min', 'str', 'eng', 'hash', 'int', 'float', 'round']
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
for i in range(1500):
    c = Context(prec=random.choice([1, 3, 9, 16, 28, 40]), rounding=random.choice(modes), Emin=random.choice([-999999, -30]), Emax=random.choice([999999, 30]), traps=[])
    setcontext(c)
    a, b = Decimal(rnd()), Decimal(rnd())
    op = random.choice(ops)
    try:
        if op == '+': r = a + b
        elif op == '-': r = a - b
        elif op == '*': r = a * b
        elif op == '/': r = a / b
        elif op == '//': r = a // b
        elif op == '%': r = a % b
        elif op == 'divmod': r = divmod(a, b)
        elif op == 'quantize': r = a.quantize(Decimal('1E%d' % random.randint(-10, 10)))
        elif op == 'cmp': r = (a < b, a == b, a.compare(b), a.compare_total(b))
        elif op == 'sqrt': r = a.sqrt()
        elif op == 'exp': r = Decimal(rnd()[:5]).exp() if random.random() < 0.5 else a.exp()
        elif op == 'ln': r = a.ln()
        elif op == 'log10': r = a.log10()
        elif op == 'pow':
            if random.random() < 0.6: r = a ** random.randint(-5, 12)
            else: r = abs(a) ** Decimal(str(random.randint(-300, 300) / 100))
        elif op == 'fma': r = a.fma(b, Decimal(rnd()))
        elif op == 'normalize': r = a.normalize()
        elif op == 'tiv': r = (a.to_integral_value(), a.to_integral_exact())
        elif op == 'max': r = (a.max(b), a.min(b), a.max_mag(b))
        elif op == 'str': r = (str(a), repr(b))
        elif op == 'eng': r = a.to_eng_string()
        elif op == 'hash': r = hash(a) if not a.is_nan() else 0
        elif op == 'int': r = int(a)
        elif op == 'float': r = float(a)
        elif op == 'round': r = (round(a, random.randint(-3, 5)), round(a) if a.is_finite() else 0)
    except Exception as e:
        r = type(e).__name__
    fl = sorted(k.__name__ for k, v in c.flags.items() if v)
    print(i, op, a, b, r, fl, flush=True)
