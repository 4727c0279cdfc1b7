# complex() from text and from numbers: the accepted forms, the argument rules and their errors.


def parse(text):
    try:
        print(repr(text), '->', repr(complex(text)))
    except ValueError as e:
        print(repr(text), 'ValueError:', e)


for text in ['1+2j', '1-2j', ' (3+4j) ', '(5)', 'j', '-j', '+J', '2j', '-1.5e-3-4.5e+2J', '1e3j',
             'inf+nanj', '-infj', 'nan', '1_0+2_0j', '1+', '(1+2j', '1+2j)', '1 + 2j', '1+2jj',
             '', '()', 'j1', '1+j', '1-j', '.5j', '5.j', '1e+j', '0x1j', '１+２j', '  7  ']:
    parse(text)

print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(1.5, -0.5))
print(complex(1j, 1j), complex(1 + 2j, 3), complex(2, 3j), complex(real=3, imag=4), complex(imag=2))
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(10**20, 1))
for args in [('1', 1), (1, '1'), (None,), ([],), (1, None), ('1', None)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print('TypeError:', e)


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 1.5


class I:
    def __index__(self):
        return 2


class BadC:
    def __complex__(self):
        return 1.5


print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(I(), I()))
try:
    complex(BadC())
except TypeError as e:
    print('TypeError:', e)
