"""JSON encoding: JSONEncoder and the string escapers."""

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import encode_document as _c_encode_document
except ImportError:
    _c_encode_document = None

INFINITY = float('inf')

_SHORT_ESCAPES = {
    '\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
    '\n': '\\n', '\r': '\\r', '\t': '\\t',
}
# str.translate tables: every control character (and, for ASCII output, every non-ASCII
# character of the BMP) mapped to its escape.
_ESCAPE_TABLE = {}
for _i in range(0x20):
    _ESCAPE_TABLE[_i] = '\\u%04x' % _i
for _ch, _esc in _SHORT_ESCAPES.items():
    _ESCAPE_TABLE[ord(_ch)] = _esc
del _i, _ch, _esc


def py_encode_basestring(s):
    """The JSON string literal of s, non-ASCII characters kept."""
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


def _ascii_escape(s):
    out = []
    for ch in s:
        code = ord(ch)
        if code < 0x7f:
            out.append(_ESCAPE_TABLE.get(code, ch))
        elif code < 0x10000:
            out.append('\\u%04x' % code)
        else:
            code -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
    return ''.join(out)


def py_encode_basestring_ascii(s):
    """The JSON string literal of s in ASCII (\\uXXXX escapes, surrogate pairs)."""
    if s.isascii() and '\x7f' not in s:
        return '"' + s.translate(_ESCAPE_TABLE) + '"'
    return '"' + _ascii_escape(s) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Encodes Python values as JSON text.

    dict becomes an object, list and tuple arrays, str strings, int and float numbers
    (int and float subclasses too), True/False/None true/false/null. Subclasses override
    default() to encode other types.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """The JSON-encodable stand-in for o; this one raises TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        if _c_encode_document is not None and self.iterencode.__func__ is JSONEncoder.iterencode:
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            return _c_encode_document(
                o, self.check_circular, self.default, self.ensure_ascii, indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text of o in pieces."""
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring

        def floatstr(o, allow_nan=self.allow_nan):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant: " + repr(o))
            return text

        encoder = _make_iterencode(
            markers, self.default, _encoder, self.indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, _one_shot)
        chunks = encoder(o, 0)
        return chunks if _one_shot else iter(chunks)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys,
                     _one_shot):
    """An encoder function: encoder(o, level) gives the list of o's JSON pieces."""
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def mark(o):
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError("Circular reference detected")
            markers[key] = o
            return key
        return None

    def key_text(key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if _skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def encode(o, level, out):
        append = out.append
        if isinstance(o, str):
            append(_encoder(o))
        elif o is None:
            append('null')
        elif o is True:
            append('true')
        elif o is False:
            append('false')
        elif isinstance(o, int):
            append(int.__repr__(o))
        elif isinstance(o, float):
            append(_floatstr(o))
        elif isinstance(o, (list, tuple)):
            if not o:
                append('[]')
                return
            marker = mark(o)
            buf = '['
            if _indent is not None:
                level += 1
                newline = '\n' + _indent * level
                separator = _item_separator + newline
                buf += newline
            else:
                newline = None
                separator = _item_separator
            first = True
            for value in o:
                if first:
                    first = False
                else:
                    buf = separator
                if isinstance(value, str):
                    append(buf + _encoder(value))
                elif value is None:
                    append(buf + 'null')
                elif value is True:
                    append(buf + 'true')
                elif value is False:
                    append(buf + 'false')
                elif isinstance(value, int):
                    append(buf + int.__repr__(value))
                elif isinstance(value, float):
                    append(buf + _floatstr(value))
                else:
                    append(buf)
                    encode(value, level, out)
            if newline is not None:
                append('\n' + _indent * (level - 1))
            append(']')
            if marker is not None:
                del markers[marker]
        elif isinstance(o, dict):
            if not o:
                append('{}')
                return
            marker = mark(o)
            if _indent is not None:
                level += 1
                newline = '\n' + _indent * level
                separator = _item_separator + newline
                append('{')
                append(newline)
            else:
                newline = None
                separator = _item_separator
                append('{')
            first = True
            items = sorted(o.items()) if _sort_keys else o.items()
            for key, value in items:
                key = key_text(key)
                if key is None:
                    continue
                if first:
                    first = False
                else:
                    append(separator)
                append(_encoder(key))
                append(_key_separator)
                encode(value, level, out)
            if newline is not None:
                append('\n' + _indent * (level - 1))
            append('}')
            if marker is not None:
                del markers[marker]
        else:
            marker = mark(o)
            encode(_default(o), level, out)
            if marker is not None:
                del markers[marker]

    def encoder(o, level):
        out = []
        encode(o, level, out)
        return out

    return encoder
