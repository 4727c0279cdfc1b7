"""The parser of regular expression syntax: turns a pattern (str or bytes) into a tree of
nodes for the compiler, raising re.error with the messages and positions of CPython."""

import _sre

MAXREPEAT = _sre.MAXREPEAT
MAXGROUPS = _sre.MAXGROUPS

FLAG_TEMPLATE = 1
FLAG_IGNORECASE = 2
FLAG_LOCALE = 4
FLAG_MULTILINE = 8
FLAG_DOTALL = 16
FLAG_UNICODE = 32
FLAG_VERBOSE = 64
FLAG_DEBUG = 128
FLAG_ASCII = 256

INLINE_FLAGS = {
    "i": FLAG_IGNORECASE, "L": FLAG_LOCALE, "m": FLAG_MULTILINE, "s": FLAG_DOTALL,
    "x": FLAG_VERBOSE, "a": FLAG_ASCII, "t": FLAG_TEMPLATE, "u": FLAG_UNICODE,
}
TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE
GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE

DIGITS = "0123456789"
OCTDIGITS = "01234567"
HEXDIGITS = "0123456789abcdefABCDEF"
ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
WHITESPACE = " \t\n\r\v\f"
SPECIAL = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"
GLOBAL = ("global flags",)

SIMPLE_ESCAPES = {
    "\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9, "\\v": 11, "\\\\": 92,
}
CLASS_ESCAPES = {
    "\\d": "digit", "\\D": "not_digit", "\\s": "space", "\\S": "not_space",
    "\\w": "word", "\\W": "not_word",
}
ANCHOR_ESCAPES = {
    "\\A": "begin_string", "\\Z": "end_string", "\\b": "boundary", "\\B": "nonboundary",
}


class error(Exception):
    """A regular expression that cannot be compiled; msg, pattern and pos say why and where."""

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                text = "%s (line %d, column %d)" % (text, self.lineno, self.colno)
        else:
            text = msg
            self.lineno = None
            self.colno = None
        super().__init__(text)


class Source:
    """The pattern read token by token (a token is one character or a backslash pair)."""

    def __init__(self, pattern):
        self.istext = isinstance(pattern, str)
        self.pattern = pattern
        self.text = pattern if self.istext else str(pattern, "latin1")
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        if i >= len(self.text):
            self.next = None
            return
        c = self.text[i]
        if c == "\\":
            i += 1
            if i >= len(self.text):
                raise error("bad escape (end of pattern)", self.pattern, len(self.pattern) - 1)
            c += self.text[i]
        self.index = i + 1
        self.next = c

    def match(self, c):
        if c == self.next:
            self._advance()
            return True
        return False

    def get(self):
        c = self.next
        self._advance()
        return c

    def getwhile(self, n, allowed):
        out = ""
        for _ in range(n):
            c = self.next
            if c is None or c not in allowed:
                break
            out += c
            self._advance()
        return out

    def getuntil(self, end, what):
        out = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not out:
                    raise self.error("missing " + what)
                raise self.error("missing %s, unterminated name" % end, len(out))
            if c == end:
                if not out:
                    raise self.error("missing " + what, 1)
                return out
            out += c

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return error(msg, self.pattern, self.tell() - offset)

    def check_name(self, name, offset):
        if not (self.istext or name.isascii()):
            raise self.error("bad character in group name %a" % name, len(name) + offset)
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, len(name) + offset)


class State:
    """What the parser knows of the groups so far, and the flags."""

    def __init__(self, flags):
        self.flags = flags
        self.names = {}
        self.widths = [None]
        self.lookbehind = None
        self.refpos = {}

    @property
    def groups(self):
        return len(self.widths)

    def open_group(self, name):
        gid = self.groups
        self.widths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            old = self.names.get(name)
            if old is not None:
                raise error("redefinition of group name %r as group %d; was group %d" % (name, gid, old))
            self.names[name] = gid
        return gid

    def close_group(self, gid, seq):
        self.widths[gid] = width(seq, self.widths)

    def closed(self, gid):
        return gid < self.groups and self.widths[gid] is not None

    def check_lookbehind(self, gid, source):
        if self.lookbehind is not None:
            if not self.closed(gid):
                raise source.error("cannot refer to an open group")
            if gid >= self.lookbehind:
                raise source.error("cannot refer to group defined in the same lookbehind subpattern")


def width(seq, widths=None):
    """The least and greatest number of characters `seq` matches (greatest capped); `widths`
    are those of the groups a backreference may name."""
    lo = hi = 0
    cap = MAXREPEAT
    for node in seq:
        kind = node[0]
        if kind in ("lit", "notlit", "any", "in", "cat"):
            lo += 1
            hi += 1
        elif kind == "branch":
            ws = [width(b, widths) for b in node[1]]
            lo += min(w[0] for w in ws)
            hi += max(w[1] for w in ws)
        elif kind == "group":
            a, b = width(node[4], widths)
            lo += a
            hi += b
        elif kind == "atomic":
            a, b = width(node[1], widths)
            lo += a
            hi += b
        elif kind == "repeat":
            a, b = width(node[4], widths)
            lo += a * node[2]
            hi += b * node[3]
        elif kind == "ref":
            if widths is None or node[1] >= len(widths) or widths[node[1]] is None:
                return lo, cap * 4
            a, b = widths[node[1]]
            lo += a
            hi += b
        elif kind == "cond":
            a, b = width(node[2], widths)
            if node[3] is not None:
                c, d = width(node[3], widths)
                a = min(a, c)
                b = max(b, d)
            else:
                a = 0
            lo += a
            hi += b
    return min(lo, cap * 4), min(hi, cap * 4)


def _code_escape(source, esc, in_class):
    c = esc[1:2]
    if c == "x":
        esc += source.getwhile(2, HEXDIGITS)
        if len(esc) != 4:
            raise source.error("incomplete escape %s" % esc, len(esc))
        return int(esc[2:], 16)
    if c == "u" and source.istext:
        esc += source.getwhile(4, HEXDIGITS)
        if len(esc) != 6:
            raise source.error("incomplete escape %s" % esc, len(esc))
        return int(esc[2:], 16)
    if c == "U" and source.istext:
        esc += source.getwhile(8, HEXDIGITS)
        if len(esc) != 10:
            raise source.error("incomplete escape %s" % esc, len(esc))
        value = int(esc[2:], 16)
        if value > 0x10FFFF:
            raise source.error("bad escape %s" % esc, len(esc))
        return value
    if c == "N" and source.istext:
        if not source.match("{"):
            raise source.error("missing {")
        name = source.getuntil("}", "character name")
        try:
            return _sre.lookup(name)
        except KeyError:
            raise source.error("undefined character name %r" % name, len(name) + 4) from None
    return None


def class_escape(source, esc):
    """An escape inside [...]: ('lit', c) or ('cat', name)."""
    if esc in SIMPLE_ESCAPES:
        return ("lit", SIMPLE_ESCAPES[esc])
    if esc in CLASS_ESCAPES:
        return ("cat", CLASS_ESCAPES[esc])
    value = _code_escape(source, esc, True)
    if value is not None:
        return ("lit", value)
    c = esc[1:2]
    if c in OCTDIGITS:
        esc += source.getwhile(2, OCTDIGITS)
        value = int(esc[1:], 8)
        if value > 0o377:
            raise source.error("octal escape value %s outside of range 0-0o377" % esc, len(esc))
        return ("lit", value)
    if c in DIGITS:
        raise source.error("bad escape %s" % esc, len(esc))
    if len(esc) == 2:
        if c in ASCIILETTERS:
            raise source.error("bad escape %s" % esc, len(esc))
        return ("lit", ord(esc[1]))
    raise source.error("bad escape %s" % esc, len(esc))


def escape_node(source, esc, state):
    """An escape outside a class."""
    if esc in ANCHOR_ESCAPES:
        return ("at", ANCHOR_ESCAPES[esc])
    if esc in CLASS_ESCAPES:
        return ("cat", CLASS_ESCAPES[esc])
    if esc in SIMPLE_ESCAPES and esc != "\\b":
        return ("lit", SIMPLE_ESCAPES[esc])
    value = _code_escape(source, esc, False)
    if value is not None:
        return ("lit", value)
    c = esc[1:2]
    if c == "0":
        esc += source.getwhile(2, OCTDIGITS)
        return ("lit", int(esc[1:], 8))
    if c in DIGITS:
        if source.next is not None and source.next in DIGITS:
            esc += source.get()
            if esc[1] in OCTDIGITS and esc[2] in OCTDIGITS and source.next is not None \
                    and source.next in OCTDIGITS:
                esc += source.get()
                value = int(esc[1:], 8)
                if value > 0o377:
                    raise source.error("octal escape value %s outside of range 0-0o377" % esc, len(esc))
                return ("lit", value)
        gid = int(esc[1:])
        if gid < state.groups:
            if not state.closed(gid):
                raise source.error("cannot refer to an open group", len(esc))
            state.check_lookbehind(gid, source)
            return ("ref", gid)
        raise source.error("invalid group reference %d" % gid, len(esc) - 1)
    if len(esc) == 2:
        if c in ASCIILETTERS:
            raise source.error("bad escape %s" % esc, len(esc))
        return ("lit", ord(esc[1]))
    raise source.error("bad escape %s" % esc, len(esc))


def parse_alternation(source, state, verbose, nested):
    """a|b|c: a list of nodes."""
    branches = []
    while True:
        branches.append(parse_sequence(source, state, verbose, nested + 1, not nested and not branches))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & FLAG_VERBOSE
    if len(branches) == 1:
        return branches[0]
    return [("branch", branches)]


def _parse_class(source, start):
    items = []
    negate = source.match("^")
    while True:
        this = source.get()
        if this is None:
            raise source.error("unterminated character set", source.tell() - start)
        if this == "]" and items:
            break
        if this[0] == "\\":
            first = class_escape(source, this)
        else:
            first = ("lit", ord(this))
        if source.match("-"):
            that = source.get()
            if that is None:
                raise source.error("unterminated character set", source.tell() - start)
            if that == "]":
                items.append(first)
                items.append(("lit", 45))
                break
            if that[0] == "\\":
                second = class_escape(source, that)
            else:
                second = ("lit", ord(that))
            if first[0] != "lit" or second[0] != "lit" or second[1] < first[1]:
                msg = "bad character range %s-%s" % (this, that)
                raise source.error(msg, len(this) + 1 + len(that))
            items.append(("range", first[1], second[1]))
        else:
            items.append(first)
    unique = []
    for it in items:
        if it not in unique:
            unique.append(it)
    if len(unique) == 1 and unique[0][0] == "lit":
        return ("notlit", unique[0][1]) if negate else unique[0]
    return ("in", negate, unique)


def _parse_repeat(source, this, seq):
    here = source.tell()
    if this == "?":
        lo, hi = 0, 1
    elif this == "*":
        lo, hi = 0, MAXREPEAT
    elif this == "+":
        lo, hi = 1, MAXREPEAT
    else:
        if source.next == "}":
            seq.append(("lit", ord(this)))
            return
        lo, hi = 0, MAXREPEAT
        a = b = ""
        while source.next is not None and source.next in DIGITS:
            a += source.get()
        if source.match(","):
            while source.next is not None and source.next in DIGITS:
                b += source.get()
        else:
            b = a
        if not source.match("}"):
            seq.append(("lit", ord(this)))
            source.seek(here)
            return
        if a:
            lo = int(a)
            if lo >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
        if b:
            hi = int(b)
            if hi >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
            if hi < lo:
                raise source.error("min repeat greater than max repeat", source.tell() - here)
    if not seq or seq[-1][0] == "at":
        raise source.error("nothing to repeat", source.tell() - here + len(this))
    if seq[-1][0] == "repeat":
        raise source.error("multiple repeat", source.tell() - here + len(this))
    item = seq[-1]
    if item[0] == "group" and item[1] is None and not item[2] and not item[3]:
        body = item[4]
    else:
        body = [item]
    if source.match("?"):
        kind = "lazy"
    elif source.match("+"):
        kind = "poss"
    else:
        kind = "greedy"
    seq[-1] = ("repeat", kind, lo, hi, body)


def parse_sequence(source, state, verbose, nested, first=False):
    """A sequence of items up to '|', ')' or the end."""
    seq = []
    while True:
        this = source.next
        if this is None or this in "|)":
            break
        source.get()
        if verbose:
            if this in WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue
        if this[0] == "\\":
            seq.append(escape_node(source, this, state))
        elif this not in SPECIAL:
            seq.append(("lit", ord(this)))
        elif this == "[":
            seq.append(_parse_class(source, source.tell() - 1))
        elif this in REPEAT_CHARS:
            _parse_repeat(source, this, seq)
        elif this == ".":
            seq.append(("any",))
        elif this == "^":
            seq.append(("at", "begin"))
        elif this == "$":
            seq.append(("at", "end"))
        elif this == "(":
            node = _parse_paren(source, state, verbose, nested, first, seq)
            if node is GLOBAL:
                verbose = state.flags & FLAG_VERBOSE
            elif node is not None:
                seq.append(node)
    out = []
    for node in seq:
        if node[0] == "group" and node[1] is None and not node[2] and not node[3]:
            out.extend(node[4])
        else:
            out.append(node)
    return out


def _parse_paren(source, state, verbose, nested, first, seq):
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    add = dele = 0
    if source.match("?"):
        char = source.get()
        if char is None:
            raise source.error("unexpected end of pattern")
        if char == "P":
            if source.match("<"):
                name = source.getuntil(">", "group name")
                source.check_name(name, 1)
            elif source.match("="):
                name = source.getuntil(")", "group name")
                source.check_name(name, 1)
                gid = state.names.get(name)
                if gid is None:
                    raise source.error("unknown group name %r" % name, len(name) + 1)
                if not state.closed(gid):
                    raise source.error("cannot refer to an open group", len(name) + 1)
                state.check_lookbehind(gid, source)
                return ("ref", gid)
            else:
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                raise source.error("unknown extension ?P" + char, len(char) + 2)
        elif char == ":":
            capture = False
        elif char == "#":
            while True:
                if source.next is None:
                    raise source.error("missing ), unterminated comment", source.tell() - start)
                if source.get() == ")":
                    break
            return None
        elif char in "=!<":
            direction = 1
            saved = None
            if char == "<":
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char not in "=!":
                    raise source.error("unknown extension ?<" + char, len(char) + 2)
                direction = -1
                saved = state.lookbehind
                if saved is None:
                    state.lookbehind = state.groups
            body = parse_alternation(source, state, verbose, nested + 1)
            if direction < 0 and saved is None:
                state.lookbehind = None
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            return ("assert" if char == "=" else "assert_not", direction, body)
        elif char == "(":
            cond = source.getuntil(")", "group name")
            if not (cond.isdecimal() and cond.isascii()):
                source.check_name(cond, 1)
                gid = state.names.get(cond)
                if gid is None:
                    raise source.error("unknown group name %r" % cond, len(cond) + 1)
            else:
                gid = int(cond)
                if not gid:
                    raise source.error("bad group number", len(cond) + 1)
                if gid >= MAXGROUPS:
                    raise source.error("invalid group reference %d" % gid, len(cond) + 1)
                if gid not in state.refpos:
                    state.refpos[gid] = source.tell() - len(cond) - 1
            state.check_lookbehind(gid, source)
            yes = parse_sequence(source, state, verbose, nested + 1)
            if source.match("|"):
                no = parse_sequence(source, state, verbose, nested + 1)
                if source.next == "|":
                    raise source.error("conditional backref with more than two branches")
            else:
                no = None
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            return ("cond", gid, yes, no)
        elif char == ">":
            capture = False
            atomic = True
        elif char in INLINE_FLAGS or char == "-":
            flags = _parse_flags(source, state, char)
            if flags is None:
                if not first or seq:
                    raise source.error("global flags not at the start of the expression",
                                       source.tell() - start)
                return GLOBAL
            add, dele = flags
            capture = False
        else:
            raise source.error("unknown extension ?" + char, len(char) + 1)
    gid = None
    if capture:
        try:
            gid = state.open_group(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    sub_verbose = (verbose or (add & FLAG_VERBOSE)) and not (dele & FLAG_VERBOSE)
    body = parse_alternation(source, state, sub_verbose, nested + 1)
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    if gid is not None:
        state.close_group(gid, body)
    if atomic:
        return ("atomic", body)
    return ("group", gid, add, dele, body)


def _parse_flags(source, state, char):
    add = dele = 0
    if char != "-":
        while True:
            flag = INLINE_FLAGS[char]
            if source.istext:
                if char == "L":
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif char == "u":
                raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add |= flag
            if (flag & TYPE_FLAGS) and (add & TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in INLINE_FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add
        return None
    if add & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in INLINE_FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = INLINE_FLAGS[char]
            if flag & TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            dele |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in INLINE_FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if dele & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add & dele:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add, dele


def fix_flags(pattern, flags):
    """The flags checked against the pattern's type, with UNICODE added for str patterns."""
    if isinstance(pattern, str):
        if flags & FLAG_LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & FLAG_ASCII:
            flags |= FLAG_UNICODE
        elif flags & FLAG_UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & FLAG_UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & FLAG_LOCALE and flags & FLAG_ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def parse(pattern, flags):
    """(tree, state) for `pattern`."""
    source = Source(pattern)
    state = State(flags)
    tree = parse_alternation(source, state, flags & FLAG_VERBOSE, 0)
    state.flags = fix_flags(pattern, state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for gid, pos in state.refpos.items():
        if gid >= state.groups:
            raise error("invalid group reference %d" % gid, pattern, pos)
    return tree, state
