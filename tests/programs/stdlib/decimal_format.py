"""decimal: format() with the format mini-language."""
from decimal import Decimal as D, getcontext
import decimal
vals = [D('1234567.891'), D('-0.000012345'), D('0'), D('-0'), D('1E+20'), D('1.500'), D('123'), D('Infinity'), D('-NaN'), D('0.0005'), D('9.995'), D('1e-7'), D('12345678901234567890.5')]
specs = ['', 'f', '.2f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', ',', ',.2f', '_f', '015,.2f', '>12', '<12.1f', '^14.3e', '*=+15,.3f', '+', ' ', '#.0f', '#g', 'z.1f', '.0e', '.0g', 'n', '.3', '012', '020_.4f', '.10g']
for v in vals:
    out = []
    for s in specs:
        try: out.append(format(v, s))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(repr(v), out)
for s in ['x', '.f', '10.2q', ',_f', '=']:
    try: print(format(D(1), s))
    except Exception as e: print(type(e).__name__, e)
