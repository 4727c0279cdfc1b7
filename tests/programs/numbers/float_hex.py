# float.hex() and float.fromhex(): exact hexadecimal forms, rounding, limits and errors.

for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 2.0 ** -1030, 1 / 3, 255.0, float('inf'), float('-inf'),
          float('nan')]:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, repr(back), back == v or back != back)

for text in ['0x1p0', '0X1P+4', '-0x1.8p1', '  0x.8  ', '0x1.', '1', 'a', 'ff', '0x10', '0x1p-1074',
             '0x1p-1075', '0x3p-1076', '0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023',
             '0x1p1024', '0x1.0000000000000008p0', '0x1.0000000000000018p0', '0x1.00000000000008p0',
             'inf', '-Infinity', 'nan', '+nan', '0x', '0xp1', '0x1p', '0x1p+', 'x1', '', '0x1 p1',
             '0x0p100000', '0x1p-100000', '0x000001p-20', '0x1.8']:
    try:
        print(repr(text), repr(float.fromhex(text)))
    except (ValueError, OverflowError) as e:
        print(repr(text), type(e).__name__, e)


class F(float):
    pass


x = F.fromhex('0x1.4p3')
print(type(x).__name__, x)
try:
    float.fromhex(1.5)
except TypeError as e:
    print('TypeError:', e)
