"""The compiler of parsed patterns: emits the words of the program that _sre's backtracking
matcher runs (the opcode numbers below are the matcher's)."""

import _sre
from re import _parser
from re._parser import (error, FLAG_IGNORECASE, FLAG_MULTILINE, FLAG_DOTALL, FLAG_ASCII,
                        FLAG_LOCALE, FLAG_TEMPLATE, MAXREPEAT)

FAIL, SUCCESS, CHAR, NOT_CHAR, CHAR_IC, NOT_CHAR_IC, CHAR_ICA, NOT_CHAR_ICA = range(8)
ANY, ANY_ALL, IN, AT, MARK, SPLIT, SPLIT_LAZY, JMP = range(8, 16)
REPEAT_ONE, REPEAT_INIT, REPEAT_CHECK, REPEAT_ITER = range(16, 20)
ATOMIC_START, ATOMIC_END, ASSERT, ASSERT_END, ASSERT_NOT, ASSERT_NOT_END = range(20, 26)
GROUPREF, GROUPREF_IC, GROUPREF_ICA, GROUPREF_EXISTS = range(26, 30)

CATEGORIES = {"digit": 0, "not_digit": 1, "space": 2, "not_space": 3, "word": 4, "not_word": 5}
INFO_ANCHORED = 1
SINGLE = ("lit", "notlit", "any", "in", "cat")


def _uncased(c):
    ch = chr(c)
    return ch.lower() == ch and ch.upper() == ch and c not in (0x130, 0x131, 0x17F, 0x212A)


class Compiler:
    """Emits the program of one pattern."""

    def __init__(self, ngroups, istext, widths):
        self.code = []
        self.widths = widths
        self.ngroups = ngroups
        self.istext = istext
        self.repeats = 0

    def unicode(self, flags):
        return self.istext and not flags & (FLAG_ASCII | FLAG_LOCALE)

    def case_mode(self, flags):
        if not flags & FLAG_IGNORECASE:
            return 0
        return 1 if self.unicode(flags) else 2

    def emit_single(self, node, flags):
        code = self.code
        kind = node[0]
        if kind in ("lit", "notlit"):
            c = node[1]
            mode = self.case_mode(flags)
            if mode == 1 and _uncased(c):
                mode = 0
            if mode == 2 and not (65 <= c <= 90 or 97 <= c <= 122):
                mode = 0
            base = (CHAR, CHAR_IC, CHAR_ICA)[mode]
            code.append(base + (kind == "notlit"))
            code.append(c)
        elif kind == "any":
            code.append(ANY_ALL if flags & FLAG_DOTALL else ANY)
        elif kind == "cat":
            self.emit_set(False, [node], flags)
        else:
            self.emit_set(node[1], node[2], flags)

    def emit_set(self, negate, items, flags):
        code = self.code
        at = len(code)
        code.extend((IN, 0, int(bool(negate)) | (self.case_mode(flags) << 1)))
        uni = 6 if self.unicode(flags) else 0
        for item in items:
            if item[0] == "lit":
                code.extend((1, item[1]))
            elif item[0] == "range":
                code.extend((2, item[1], item[2]))
            else:
                code.extend((3, CATEGORIES[item[1]] + uni))
        code.append(0)
        code[at + 1] = len(code)

    def check_template(self, seq, flags):
        """Refuses repeats under TEMPLATE before anything is emitted (as CPython does)."""
        if not flags & FLAG_TEMPLATE:
            return
        for node in seq:
            if node[0] == "repeat":
                self.emit_repeat(node, flags)
            for part in node[1:]:
                if isinstance(part, list):
                    if part and isinstance(part[0], list):
                        for branch in part:
                            self.check_template(branch, flags)
                    else:
                        self.check_template(part, flags)

    def emit(self, seq, flags):
        for node in seq:
            self.emit_node(node, flags)

    def emit_node(self, node, flags):
        code = self.code
        kind = node[0]
        if kind in SINGLE:
            self.emit_single(node, flags)
        elif kind == "at":
            where = node[1]
            uni = self.unicode(flags)
            if where == "begin":
                k = 1 if flags & FLAG_MULTILINE else 0
            elif where == "begin_string":
                k = 2
            elif where == "end":
                k = 4 if flags & FLAG_MULTILINE else 3
            elif where == "end_string":
                k = 5
            elif where == "boundary":
                k = 8 if uni else 6
            else:
                k = 9 if uni else 7
            code.extend((AT, k))
        elif kind == "group":
            gid, add, dele, body = node[1:]
            inner = (flags | add) & ~dele
            if gid is not None:
                code.extend((MARK, 2 * (gid - 1)))
            self.emit(body, inner)
            if gid is not None:
                code.extend((MARK, 2 * (gid - 1) + 1))
        elif kind == "atomic":
            code.append(ATOMIC_START)
            self.emit(node[1], flags)
            code.append(ATOMIC_END)
        elif kind == "repeat":
            self.emit_repeat(node, flags)
        elif kind == "branch":
            jumps = []
            branches = node[1]
            for i, branch in enumerate(branches):
                if i < len(branches) - 1:
                    at = len(code)
                    code.extend((SPLIT, 0))
                    self.emit(branch, flags)
                    jumps.append(len(code))
                    code.extend((JMP, 0))
                    code[at + 1] = len(code)
                else:
                    self.emit(branch, flags)
            for j in jumps:
                code[j + 1] = len(code)
        elif kind in ("assert", "assert_not"):
            direction, body = node[1], node[2]
            back = 0
            if direction < 0:
                lo, hi = _parser.width(body, self.widths)
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                if lo > MAXREPEAT - 1:
                    raise error("looks too much behind")
                back = lo
            if kind == "assert":
                code.extend((ASSERT, back))
                self.emit(body, flags)
                code.append(ASSERT_END)
            else:
                at = len(code)
                code.extend((ASSERT_NOT, back, 0))
                self.emit(body, flags)
                code.append(ASSERT_NOT_END)
                code[at + 2] = len(code)
        elif kind == "ref":
            code.extend((GROUPREF + self.case_mode(flags), node[1]))
        elif kind == "cond":
            gid, yes, no = node[1:]
            at = len(code)
            code.extend((GROUPREF_EXISTS, gid, 0))
            self.emit(yes, flags)
            if no is not None:
                jmp = len(code)
                code.extend((JMP, 0))
                code[at + 2] = len(code)
                self.emit(no, flags)
                code[jmp + 1] = len(code)
            else:
                code[at + 2] = len(code)

    def emit_repeat(self, node, flags):
        code = self.code
        mode, lo, hi, body = node[1:]
        if flags & FLAG_TEMPLATE:
            name = {"greedy": "MAX_REPEAT", "lazy": "MIN_REPEAT", "poss": "POSSESSIVE_REPEAT"}[mode]
            raise error("internal: unsupported template operator %s" % name)
        if len(body) == 1 and body[0][0] in SINGLE:
            at = len(code)
            code.extend((REPEAT_ONE, lo, hi, ("greedy", "lazy", "poss").index(mode), 0))
            self.emit_single(body[0], flags)
            code[at + 4] = len(code)
            return
        if lo == hi == 1:
            if mode == "poss":
                code.append(ATOMIC_START)
            self.emit(body, flags)
            if mode == "poss":
                code.append(ATOMIC_END)
            return
        if mode == "poss":
            code.append(ATOMIC_START)
        if lo == 0 and hi == 1:
            at = len(code)
            code.extend((SPLIT_LAZY if mode == "lazy" else SPLIT, 0))
            self.emit(body, flags)
            code[at + 1] = len(code)
        else:
            r = 2 * self.ngroups + 2 * self.repeats
            self.repeats += 1
            code.extend((REPEAT_INIT, r))
            check = len(code)
            code.extend((REPEAT_CHECK, r, lo, hi, int(mode == "lazy"), 0, 0))
            code[check + 6] = len(code)
            code.extend((REPEAT_ITER, r))
            self.emit(body, flags)
            code.extend((JMP, check))
            code[check + 5] = len(code)
        if mode == "poss":
            code.append(ATOMIC_END)


def compile_program(tree, state, istext):
    """The packed program (bytes) of a parsed pattern."""
    flags = state.flags
    c = Compiler(state.groups - 1, istext, state.widths)
    c.check_template(tree, flags)
    prefix = []
    if not flags & FLAG_IGNORECASE:
        for node in tree:
            if node[0] != "lit":
                break
            prefix.append(node[1])
    c.code.extend([0, c.ngroups, 0, len(prefix)] + prefix)
    c.emit(tree, flags)
    c.code.append(SUCCESS)
    info = 0
    if tree and tree[0][0] == "at" and (tree[0][1] == "begin_string"
                                         or tree[0][1] == "begin" and not flags & FLAG_MULTILINE):
        info |= INFO_ANCHORED
    c.code[0] = 2 * c.ngroups + 2 * c.repeats + 1
    c.code[2] = info
    return _sre.pack(c.code)
