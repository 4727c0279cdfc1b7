import string

f = string.Formatter()
print(f.format('{0} {1} {0}', 'a', 'b'), f.format('{} {}', 1, 2), f.format('{x:>5}|{y!r}', x='r', y='s'))
print(f.format('{0.real} {1[k]} {2[1]}', 3, {'k': 'v'}, [5, 6]), f.format('{:{w}.{p}f}', 3.14159, w=8, p=2))
print(f.format('{{literal}} {0!s:^7}', 'mid'), f.format('{!a}', 'é'), f.vformat('{a}-{0}', (1,), {'a': 2}))
print(list(f.parse('a{0}b{x!r:>3}c{{d}}')), list(f.parse('')), list(f.parse('{}{:}')))
print(f.get_field('0.imag', (5,), {}), f.get_field('k[0]', (), {'k': 'xy'}), f.get_value(0, ('z',), {}))
print(f.convert_field(5, 'r'), f.convert_field('x', None), f.format_field(3, '03d'), f.check_unused_args(set(), (), {}))
for bad in ['{', '}', '{0', '{0!x}', '{0!}', '{0!rr}', '{a[}', '{0[0}', '{0..a}', '{0[0]a}', '{}{0}', '{0}{}',
            '{a{b}}', '{:{:{:{}}}}']:
    try:
        print(repr(f.format(bad, 'x', a='y')))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)

class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(range(len(args))) | set(kwargs)
        extra -= used
        if extra:
            raise ValueError('unused: %s' % sorted(map(str, extra)))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)

    def format_field(self, value, spec):
        return '[' + super().format_field(value, spec) + ']'

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

s = Strict()
print(s.format('{0} {missing} {n!u}', 1, n='abc'))
try:
    s.format('{0}', 1, 2, z=3)
except ValueError as e:
    print('ValueError', e)
try:
    f.format('{0}')
except IndexError as e:
    print('IndexError', e)
try:
    f.format('{k}')
except KeyError as e:
    print('KeyError', e)
