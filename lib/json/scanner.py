"""The JSON value scanner: make_scanner(decoder) gives scan_once(string, idx)."""

try:
    from _json import scan_once as _c_scan_once
except ImportError:
    _c_scan_once = None

__all__ = ['make_scanner']

_DIGITS = '0123456789'


def _number_end(s, i, n):
    """Where the JSON number starting at s[i] ends, and whether it has a fraction or
    exponent: (end, is_float); end is i when no number starts there."""
    start = i
    if i < n and s[i] == '-':
        i += 1
    if i >= n:
        return start, False
    c = s[i]
    if c == '0':
        i += 1
    elif '1' <= c <= '9':
        i += 1
        while i < n and s[i] in _DIGITS:
            i += 1
    else:
        return start, False
    is_float = False
    if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
        i += 2
        while i < n and s[i] in _DIGITS:
            i += 1
        is_float = True
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        if j < n and s[j] in _DIGITS:
            j += 1
            while j < n and s[j] in _DIGITS:
                j += 1
            i = j
            is_float = True
    return i, is_float


def py_make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None

        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        if nextchar == '{':
            return parse_object((string, idx + 1), strict, _scan_once,
                                object_hook, object_pairs_hook, memo)
        if nextchar == '[':
            return parse_array((string, idx + 1), _scan_once)
        if nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        if nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        if nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5
        end, is_float = _number_end(string, idx, len(string))
        if end != idx:
            text = string[idx:end]
            if is_float:
                return parse_float(text), end
            return parse_int(text), end
        if nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        if nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        if nextchar == '-' and string[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


def c_make_scanner(context):
    """scan_once for context, by the accelerator: it reads the context's strict flag and
    hooks (not its parse_object, parse_array and parse_string)."""
    from json.decoder import _CONSTANTS
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = None if context.parse_float is float else context.parse_float
    parse_int = None if context.parse_int is int else context.parse_int
    parse_constant = context.parse_constant
    if parse_constant == _CONSTANTS.__getitem__:
        parse_constant = None

    def scan_once(string, idx):
        return _c_scan_once(string, idx, strict, object_hook, object_pairs_hook,
                            parse_float, parse_int, parse_constant)

    return scan_once


if _c_scan_once is None:
    c_make_scanner = None
make_scanner = c_make_scanner or py_make_scanner
