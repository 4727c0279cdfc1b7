"""JSON decoding: JSONDecoder, JSONDecodeError and the string scanner."""

try:
    from _json import scanstring as _c_scanstring
except ImportError:
    _c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'


class JSONDecodeError(ValueError):
    """A ValueError raised for malformed JSON, locating the fault in the document.

    msg: the message without its position
    doc: the document being parsed
    pos: the index in doc where parsing failed
    lineno, colno: the 1-based line and column of pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_SIMPLE_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX = frozenset('0123456789abcdefABCDEF')


def _hex4(s, pos):
    """The value of the four hex digits after the 'u' of the escape starting at pos."""
    digits = s[pos + 2:pos + 6]
    if len(digits) == 4 and digits[0] in _HEX and digits[1] in _HEX \
            and digits[2] in _HEX and digits[3] in _HEX:
        return int(digits, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos + 1)


def py_scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (just after its quote).

    Returns (the decoded str, the index just after the closing quote).
    """
    begin = end - 1
    parts = []
    n = len(s)
    while True:
        quote = s.find('"', end)
        if quote < 0:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        slash = s.find('\\', end, quote)
        stop = quote if slash < 0 else slash
        if stop > end:
            chunk = s[end:stop]
            if strict and min(chunk) < ' ':
                for i in range(end, stop):
                    if s[i] < ' ':
                        raise JSONDecodeError("Invalid control character at", s, i)
            parts.append(chunk)
        if slash < 0:
            return ''.join(parts), quote + 1
        # An escape at index slash.
        if slash + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[slash + 1]
        if esc != 'u':
            ch = _SIMPLE_ESCAPES.get(esc)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, slash)
            parts.append(ch)
            end = slash + 2
            continue
        code = _hex4(s, slash)
        end = slash + 6
        if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        parts.append(chr(code))


scanstring = _c_scanstring or py_scanstring


def _skip_ws(s, i):
    try:
        while s[i] in _WS:
            i += 1
    except IndexError:
        pass
    return i


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None, _w=None, _ws=None):
    """Parse the members of a JSON object whose '{' precedes s[end]."""
    s, end = s_and_end
    pairs = []
    if memo is None:
        memo = {}
    end = _skip_ws(s, end)
    nextchar = s[end:end + 1]
    if nextchar != '"':
        if nextchar == '}':
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), end + 1
            pairs = {}
            if object_hook is not None:
                pairs = object_hook(pairs)
            return pairs, end + 1
        raise JSONDecodeError(
            "Expecting property name enclosed in double quotes", s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = memo.setdefault(key, key)
        if s[end:end + 1] != ':':
            end = _skip_ws(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end = _skip_ws(s, end + 1)
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        pairs.append((key, value))
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == '}':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _skip_ws(s, end)
        if s[end:end + 1] != '"':
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end)
        end += 1
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    pairs = dict(pairs)
    if object_hook is not None:
        pairs = object_hook(pairs)
    return pairs, end


def JSONArray(s_and_end, scan_once, _w=None, _ws=None):
    """Parse the items of a JSON array whose '[' precedes s[end]."""
    s, end = s_and_end
    values = []
    end = _skip_ws(s, end)
    if s[end:end + 1] == ']':
        return values, end + 1
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        values.append(value)
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == ']':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _skip_ws(s, end)
    return values, end


class JSONDecoder(object):
    """Decodes JSON text into Python values.

    objects become dicts, arrays lists, strings str, integers int, other numbers float,
    true/false bool, null None; NaN, Infinity and -Infinity are accepted as floats.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        from json import scanner
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """The Python value of the JSON document s (a str); JSONDecodeError if s holds
        anything but one JSON value and whitespace."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx]; returns (value, the index after it)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
