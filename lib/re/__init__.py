"""Regular expressions with Python's syntax and semantics: compile a pattern (str or bytes)
into a Pattern, then search, match, split, find or substitute with it; a successful match is
a Match. The syntax is parsed and compiled by re._parser and re._compiler, and the compiled
program runs on _sre's backtracking matcher."""

import _sre
from re import _parser, _compiler
from re._parser import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
    "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X",
    "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG",
    "RegexFlag",
]

_MAXSIZE = 9223372036854775807


class RegexFlag(int):
    """The flags of a pattern: an int whose repr names its bits (re.IGNORECASE|re.MULTILINE)."""

    __module__ = "re"
    _order = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
              ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
              ("DEBUG", 128))
    _all = 511

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in RegexFlag._order:
            if value & bit:
                parts.append("re." + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(RegexFlag._all & ~int(self))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(_parser.FLAG_ASCII)
I = IGNORECASE = RegexFlag(_parser.FLAG_IGNORECASE)
L = LOCALE = RegexFlag(_parser.FLAG_LOCALE)
U = UNICODE = RegexFlag(_parser.FLAG_UNICODE)
M = MULTILINE = RegexFlag(_parser.FLAG_MULTILINE)
S = DOTALL = RegexFlag(_parser.FLAG_DOTALL)
X = VERBOSE = RegexFlag(_parser.FLAG_VERBOSE)
T = TEMPLATE = RegexFlag(_parser.FLAG_TEMPLATE)
DEBUG = RegexFlag(_parser.FLAG_DEBUG)
for _name in ("NOFLAG", "ASCII", "A", "IGNORECASE", "I", "LOCALE", "L", "UNICODE", "U",
              "MULTILINE", "M", "DOTALL", "S", "VERBOSE", "X", "TEMPLATE", "T", "DEBUG"):
    setattr(RegexFlag, _name, globals()[_name])
del _name

_PATTERN_FLAG_NAMES = (("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
                       ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
                       ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256))


def _check_subject(pattern, string):
    if isinstance(string, str):
        if not pattern._istext:
            raise TypeError("cannot use a bytes pattern on a string-like object")
    elif isinstance(string, (bytes, bytearray, memoryview)):
        if pattern._istext:
            raise TypeError("cannot use a string pattern on a bytes-like object")
    else:
        raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _index(v, what):
    if isinstance(v, int):
        return v
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__) from None


class Pattern:
    """A compiled regular expression."""

    __module__ = "re"

    __slots__ = ("pattern", "flags", "groups", "_code", "_names", "_istext", "_groupnames")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __setattr__(self, name, value):
        if name in ("pattern", "flags", "groups", "groupindex"):
            raise AttributeError("readonly attribute")
        raise AttributeError("'re.Pattern' object has no attribute '%s'" % name)

    @property
    def groupindex(self):
        return type(type.__dict__)(dict(self._names))

    def __repr__(self):
        flags = self.flags
        if self._istext and flags & (_parser.FLAG_LOCALE | _parser.FLAG_UNICODE | _parser.FLAG_ASCII) \
                == _parser.FLAG_UNICODE:
            flags &= ~_parser.FLAG_UNICODE
        text = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % text
        parts = []
        for name, bit in _PATTERN_FLAG_NAMES:
            if flags & bit:
                parts.append(name)
                flags &= ~bit
        if flags:
            parts.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(parts))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.flags == other.flags and self._istext == other._istext \
            and self.pattern == other.pattern

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def _run(self, string, pos, endpos, mode):
        _check_subject(self, string)
        pos = _index(pos, "pos")
        endpos = _index(endpos, "endpos")
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return _sre.match(self._code, string, pos, endpos, mode, Match, self)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        _check_subject(self, string)
        return _sre.findall(self._code, string, _index(pos, "pos"), _index(endpos, "endpos"))

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        _check_subject(self, string)
        return self._iter(string, _index(pos, "pos"), _index(endpos, "endpos"))

    def _iter(self, string, pos, endpos):
        n = len(string)
        pos = min(max(pos, 0), n)
        endpos = min(max(endpos, 0), n)
        code = self._code
        at = pos
        advance = 0
        batch = 16
        while True:
            found = _sre.scan(code, string, pos, at, endpos, advance, batch, Match, self)
            yield from found
            if len(found) < batch:
                return
            last = found[-1]._spans
            advance = last[0] == last[1]
            at = last[1]
            if batch < 256:
                batch *= 2

    def split(self, string, maxsplit=0):
        _check_subject(self, string)
        return _sre.split(self._code, string, _index(maxsplit, "maxsplit"))

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        _check_subject(self, string)
        count = _index(count, "count")
        if callable(repl):
            if count < 0:
                return string[:0] + string, 0
            return self._sub_call(repl, string, count)
        template = _template(self, repl)
        if count < 0:
            return string[:0] + string, 0
        kind = str if self._istext else (bytes, bytearray, memoryview)
        if all(isinstance(p, int) or isinstance(p, kind) for p in template):
            return _sre.sub(self._code, string, template, count)
        return self._sub_pieces(template, string, count)

    def _sub_pieces(self, template, string, count):
        pieces = []
        last = 0
        n = 0
        for m in self._iter(string, 0, _MAXSIZE):
            if count and n >= count:
                break
            start, end = m.span()
            if last < start:
                pieces.append(string[last:start])
            for p in template:
                if isinstance(p, int):
                    v = m._value(p)
                    if v is not None:
                        pieces.append(v)
                else:
                    pieces.append(p)
            last = end
            n += 1
        if last < len(string):
            pieces.append(string[last:])
        empty = "" if self._istext else b""
        return empty.join(pieces), n

    def _sub_call(self, func, string, count):
        pieces = []
        last = 0
        n = 0
        for m in self._iter(string, 0, _MAXSIZE):
            if count and n >= count:
                break
            start, end = m.span()
            pieces.append(string[last:start])
            value = func(m)
            if value:
                pieces.append(value)
            last = end
            n += 1
        pieces.append(string[last:])
        empty = "" if self._istext else b""
        return empty.join(pieces), n

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        _check_subject(self, string)
        return _Scanner(self, string, _index(pos, "pos"), _index(endpos, "endpos"))

    def __class_getitem__(cls, item):
        return _alias(cls, item)


class _Scanner:
    """Successive matches over one string, each from where the last ended."""

    def __init__(self, pattern, string, pos, endpos):
        n = len(string)
        self.pattern = pattern
        self._string = string
        self._pos = min(max(pos, 0), n)
        self._endpos = min(max(endpos, 0), n)
        self._at = self._pos
        self._advance = 0

    def _next(self, mode):
        if self._at is None:
            return None
        p = self.pattern
        m = _sre.match(p._code, self._string, self._pos, self._endpos, mode, Match, p, self._at,
                       self._advance)
        if m is None:
            self._at = None
            return None
        start, end = m._spans[0], m._spans[1]
        self._advance = start == end
        self._at = end
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


_Scanner.__name__ = _Scanner.__qualname__ = "SRE_Scanner"
_Scanner.__module__ = "_sre"


def _alias(cls, item):
    return type(list[int])(cls, item)


class Match:
    """The result of a successful match: the spans of the groups over the subject."""

    __module__ = "re"
    __slots__ = ("re", "string", "pos", "endpos", "_spans")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __setattr__(self, name, value):
        if name in ("re", "string", "pos", "endpos", "lastindex", "lastgroup", "regs"):
            raise AttributeError("readonly attribute")
        raise AttributeError("'re.Match' object has no attribute '%s'" % name)

    @property
    def lastindex(self):
        i = self._spans[2]
        return None if i < 0 else i

    @property
    def lastgroup(self):
        i = self._spans[2]
        if i < 0:
            return None
        return self.re._groupnames.get(i)

    @property
    def regs(self):
        return tuple(self._span(i) for i in range(self.re.groups + 1))

    def _group_index(self, g):
        if isinstance(g, int) or hasattr(type(g), "__index__") and not isinstance(g, (str, bytes)):
            try:
                i = g.__index__()
            except AttributeError:
                i = None
            if i is not None and 0 <= i <= self.re.groups:
                return i
        elif isinstance(g, str):
            i = self.re._names.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _span(self, i):
        t = self._spans
        if i == 0:
            return (t[0], t[1])
        return (t[2 * i + 1], t[2 * i + 2])

    def _value(self, i, default=None):
        s, e = self._span(i)
        if s < 0:
            return default
        if self.re._istext or type(self.string) is bytes:
            return self.string[s:e]
        return bytes(self.string[s:e])

    def group(self, *groups):
        if not groups:
            return self._value(0)
        if len(groups) == 1:
            return self._value(self._group_index(groups[0]))
        return tuple(self._value(self._group_index(g)) for g in groups)

    def __getitem__(self, g):
        return self._value(self._group_index(g))

    def groups(self, default=None):
        return tuple(self._value(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._value(i, default) for name, i in self.re._names.items()}

    def start(self, group=0):
        return self._span(self._group_index(group))[0]

    def end(self, group=0):
        return self._span(self._group_index(group))[1]

    def span(self, group=0):
        return self._span(self._group_index(group))

    def expand(self, template):
        parts = _template(self.re, template)
        out = []
        for p in parts:
            if isinstance(p, int):
                v = self._value(p)
                if v is not None:
                    out.append(v)
            else:
                out.append(p)
        empty = "" if isinstance(template, str) else b""
        return empty.join(out)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[0], self._spans[1], repr(self._value(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return _alias(cls, item)


_cache = {}
_CACHE_MAX = 512


def _make_pattern(pattern, state, code):
    p = object.__new__(Pattern)
    fields = (("pattern", pattern), ("flags", state.flags), ("groups", state.groups - 1),
              ("_code", code), ("_names", state.names), ("_istext", not isinstance(pattern, bytes)),
              ("_groupnames", {v: k for k, v in state.names.items()}))
    for name, value in fields:
        object.__setattr__(p, name, value)
    return p


def _compile(pattern, flags, warn=True):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & _parser.FLAG_TEMPLATE and warn:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag "
                      "without an obvious purpose. Don't use it.", DeprecationWarning)
    tree, state = _parser.parse(pattern, flags)
    code = _compiler.compile_program(tree, state, isinstance(pattern, str))
    p = _make_pattern(pattern, state, code)
    if not flags & _parser.FLAG_DEBUG:
        if len(_cache) >= _CACHE_MAX:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def template(pattern, flags=0):
    """Compiles a template pattern (no repetition allowed); deprecated."""
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented function "
                  "without an obvious purpose. Use re.compile() instead.", DeprecationWarning,
                  stacklevel=2)
    return _compile(pattern, flags | _parser.FLAG_TEMPLATE, False)


class Scanner:
    """A lexer: a list of (phrase, action) pairs; scan() applies the action of the phrase that
    matches at each position."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        self.lexicon = lexicon
        state = _parser.State(flags)
        branches = []
        for phrase, action in lexicon:
            gid = state.open_group(None)
            tree, _ = _parser.parse(phrase, flags)
            branches.append([("group", gid, 0, 0, tree)])
            state.close_group(gid, tree)
        tree = [("branch", branches)] if len(branches) > 1 else (branches[0] if branches else [])
        state.flags = _parser.fix_flags("", state.flags)
        self.scanner = _make_pattern(None, state, _compiler.compile_program(tree, state, True))

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


def compile(pattern, flags=0):
    """Compiles a pattern into a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """A Match if the pattern matches at the start of the string, else None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match if the pattern matches the whole string, else None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first Match of the pattern anywhere in the string, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """The string with the matches of the pattern replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new string, number of substitutions)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The string split by the matches of the pattern (with the groups' texts)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """The list of all matches (or of their groups)."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over all matches."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clears the cache of compiled patterns and templates."""
    _cache.clear()
    _templates.clear()


_SPECIAL = {c: "\\" + chr(c) for c in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """The pattern with its special characters backslash-escaped."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    return str(pattern, "latin1").translate(_SPECIAL).encode("latin1")


_templates = {}


def _template(pattern, repl):
    key = (pattern, repl, type(repl))
    t = _templates.get(key)
    if t is None:
        t = _parse_template(repl, pattern)
        if len(_templates) >= _CACHE_MAX:
            _templates.clear()
        _templates[key] = t
    return t


def _parse_template(repl, pattern):
    if not isinstance(repl, (str, bytes, bytearray, memoryview)):
        raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
    s = _parser.Source(repl if not isinstance(repl, (bytearray, memoryview)) else bytes(repl))
    result = []
    literal = []

    def flush():
        text = "".join(literal)
        literal.clear()
        if text:
            result.append(text if s.istext else text.encode("latin1"))

    def group(index, offset):
        if index > pattern.groups:
            raise s.error("invalid group reference %d" % index, offset)
        flush()
        result.append(index)

    names = pattern._names
    digits = _parser.DIGITS
    octdigits = _parser.OCTDIGITS
    while True:
        this = s.get()
        if this is None:
            break
        if this[0] != "\\":
            literal.append(this)
            continue
        c = this[1]
        if c == "g":
            if not s.match("<"):
                raise s.error("missing <")
            name = s.getuntil(">", "group name")
            if not (name.isdecimal() and name.isascii()):
                s.check_name(name, 1)
                if name not in names:
                    raise IndexError("unknown group name %r" % name)
                index = names[name]
            else:
                index = int(name)
                if index >= _parser.MAXGROUPS:
                    raise s.error("invalid group reference %d" % index, len(name) + 1)
            group(index, len(name) + 1)
        elif c == "0":
            if s.next is not None and s.next in octdigits:
                this += s.get()
                if s.next is not None and s.next in octdigits:
                    this += s.get()
            literal.append(chr(int(this[1:], 8) & 0xFF))
        elif c in digits:
            octal = False
            if s.next is not None and s.next in digits:
                this += s.get()
                if c in octdigits and this[2] in octdigits and s.next is not None \
                        and s.next in octdigits:
                    this += s.get()
                    octal = True
                    value = int(this[1:], 8)
                    if value > 0o377:
                        raise s.error("octal escape value %s outside of range 0-0o377" % this,
                                      len(this))
                    literal.append(chr(value))
            if not octal:
                group(int(this[1:]), len(this) - 1)
        elif this in _parser.SIMPLE_ESCAPES:
            literal.append(chr(_parser.SIMPLE_ESCAPES[this]))
        elif c in _parser.ASCIILETTERS:
            raise s.error("bad escape %s" % this, len(this))
        else:
            literal.append(this)
    flush()
    return result
