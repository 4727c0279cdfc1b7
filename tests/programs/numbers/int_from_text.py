# int() parsing text: signs, whitespace, underscores, bases, prefixes and Unicode digits.


def parse(*args):
    try:
        v = int(*args)
        print(repr(args), '->', v)
    except ValueError as e:
        print(repr(args), 'ValueError:', e)
    except TypeError as e:
        print(repr(args), 'TypeError:', e)


for text in ['0', '-0', '  42  ', '+17', '-17', '\t\n 9 \r', '1_000_000', '1__0', '_1',
             '1_', '', ' ', '12a', '3.0', '0x1f', '0b1', '0o7', '00', '007',
             '٣٤', '１２３', '99999999999999999999999999']:
    parse(text)

for text, base in [('ff', 16), ('FF', 16), ('0xff', 16), ('0XFF', 0), ('0b101', 0), ('0o17', 0),
                   ('017', 0), ('0', 0), ('000', 0), ('0_0', 0), ('1_2', 0), ('0x_f', 0),
                   ('0_x1', 0), ('z', 36), ('Z', 36), ('10', 2), ('12', 2), ('777', 8),
                   ('-0b11', 0), ('  0x10  ', 16), ('0b', 0), ('0x', 16), ('zz', 35)]:
    parse(text, base)

for base in [1, 37, -1, 100]:
    parse('10', base)

print(int(b'  123 '), int(b'ff', 16), int(b'-0b11', 0))
parse('5', 10.0)
parse(5, 10)
parse(5.5, 10)
print(int('11', base=2), int('z', base=36), int())
try:
    int(x='3')
except TypeError as e:
    print('TypeError:', e)
try:
    int('1', 2, 3)
except TypeError as e:
    print('TypeError:', e)
