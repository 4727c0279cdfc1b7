"""format() of Decimal values: the format mini-language (fill, align, sign,
z, zero padding, width, ',' grouping, precision, and the types e E f F g G
n %), rounding with the current context's rounding mode."""

from _decbase import _dec, _round_digits, _digits, getcontext


def _parse_spec(spec):
    fail = ValueError('invalid format string')
    out = {'fill': ' ', 'align': None, 'sign': '-', 'z': False, 'zero': False,
           'width': 0, 'comma': False, 'prec': None, 'type': None}
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        out['fill'], out['align'] = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        out['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        out['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        out['z'] = True
        i += 1
    if i < n and spec[i] == '0':
        out['zero'] = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        out['width'] = int(spec[start:i])
    if i < n and spec[i] == ',':
        out['comma'] = True
        i += 1
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise fail
        out['prec'] = int(spec[start:i])
    if i < n and spec[i] in 'eEfFgGn%':
        out['type'] = spec[i]
        i += 1
    if i != n:
        raise fail
    out['auto_zero'] = out['zero'] and out['align'] is None
    if out['auto_zero']:
        out['fill'], out['align'] = '0', '='
    return out


def _group(digits, min_width):
    """digits with ',' every three, zero padded to at least min_width."""
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-size:].rjust(size, '0'))
        digits = digits[:-size] if len(digits) > size else ''
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= 1
    return ','.join(reversed(groups))


def format_decimal(d, spec):
    """format(d, spec) for a Decimal d."""
    if not isinstance(spec, str):
        raise TypeError(f'format spec must be a string, not {type(spec).__name__}')
    s = _parse_spec(spec)
    ctx = getcontext()
    t = s['type']
    prec = s['prec']
    sign = d._sign
    if d._is_special:
        body = d._text().lstrip('-')
        if t == '%':
            body += '%'
        if s['auto_zero']:
            s['fill'], s['align'] = ' ', '>'
        return _pad(sign, body, s)
    coef, exp = d._int, d._exp
    if t == '%':
        exp += 2
    rounding = ctx._rounding
    if t in ('e', 'E') and prec is not None and coef:
        coef, exp = _round_sig(coef, exp, prec + 1, rounding, sign, True)
    elif t in ('f', 'F', '%') and prec is not None:
        if exp < -prec:
            coef, _ = _round_digits(coef, -prec - exp, rounding, sign)
        else:
            coef *= 10 ** (exp + prec)
        exp = -prec
    elif t in ('g', 'G', 'n', None) and prec is not None and coef:
        coef, exp = _round_sig(coef, exp, max(prec, 1), rounding, sign)
    if coef == 0 and exp > 0 and t in ('f', 'F', '%'):
        exp = 0
    digits = str(coef)
    left = exp + len(digits)
    if t in ('e', 'E'):
        dot = 1 - prec if (coef == 0 and prec is not None) else 1
    elif t in ('f', 'F', '%'):
        dot = left
    else:
        dot = left if (exp <= 0 and left > -6) else 1
    if dot < 0:
        intpart, frac = '0', '0' * (-dot) + digits
    elif dot > len(digits):
        intpart, frac = digits + '0' * (dot - len(digits)), ''
    else:
        intpart, frac = digits[:dot] or '0', digits[dot:]
    e = left - dot
    tail = '.' + frac if frac else ''
    if e != 0 or t in ('e', 'E'):
        if t in ('e', 'g', 'n') or (t is None and not ctx._capitals):
            mark = 'e'
        else:
            mark = 'E'
        tail += mark + '%+d' % e
    if t == '%':
        tail += '%'
    if s['z'] and coef == 0:
        sign = 0
    sign_text = '-' if sign else ('' if s['sign'] == '-' else s['sign'])
    if s['comma'] or s['auto_zero']:
        min_width = 0
        if s['auto_zero']:
            min_width = max(0, s['width'] - len(sign_text) - len(tail))
        if s['comma']:
            intpart = _group(intpart, min_width)
        elif len(intpart) < min_width:
            intpart = '0' * (min_width - len(intpart)) + intpart
    return _pad(sign, intpart + tail, s, sign_text)


def _round_sig(coef, exp, sig, rounding, sign, pad=False):
    nd = _digits(coef)
    if nd <= sig:
        if pad:
            return coef * 10 ** (sig - nd), exp - (sig - nd)
        return coef, exp
    newcoef, _ = _round_digits(coef, nd - sig, rounding, sign)
    exp += nd - sig
    if _digits(newcoef) > sig:
        newcoef //= 10
        exp += 1
    return newcoef, exp


def _pad(sign, body, s, sign_text=None):
    if sign_text is None:
        sign_text = '-' if sign else ('' if s['sign'] == '-' else s['sign'])
    width = s['width']
    total = len(sign_text) + len(body)
    if total >= width:
        return sign_text + body
    fill = s['fill'] * (width - total)
    align = s['align'] or '>'
    if align == '<':
        return sign_text + body + fill
    if align == '=':
        return sign_text + fill + body
    if align == '^':
        half = len(fill) // 2
        return fill[:half] + sign_text + body + fill[half:]
    return fill + sign_text + body
