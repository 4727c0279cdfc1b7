# float() parsing text: decimal forms, exponents, inf/nan spellings, underscores, whitespace.


def parse(text):
    try:
        print(repr(text), '->', repr(float(text)))
    except ValueError as e:
        print(repr(text), 'ValueError:', e)


for text in ['1.5', '  -2.25\n', '+.5', '5.', '1e3', '1E-3', '-1e+3', '1_000.000_1', '1e1_0',
             'inf', '-INF', 'Infinity', '+infinity', 'nan', '-NaN', 'nAn', 'infinit', 'in f',
             '1e400', '-1e400', '1e-400', '4.9e-324', '2.4e-324', '0x10', '1.2.3', '', '   ',
             '1_', '_1', '1__0', '1e', 'e1', '.', '-.', '1.5j', '１.５', '٢.٥', '12345678901234567890']:
    parse(text)

print(float(b' 2.5 '), float(b'-1e2'), float(), float(-0.0), float(7), float(True))
print(float(2**53 + 1), float(-2**64), float(10**308))
for v in [10**309, -10**400]:
    try:
        float(v)
    except OverflowError as e:
        print('OverflowError:', e)
for v in [None, [], 1j, 'x']:
    try:
        float(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float(x=1.0)
except TypeError as e:
    print('TypeError:', e)


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 3


class Bad:
    def __float__(self):
        return 1


print(float(F()), float(I()))
try:
    float(Bad())
except TypeError as e:
    print('TypeError:', e)
