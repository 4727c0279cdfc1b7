"""Dumps, with CPython 3.12, what the symbol-table tests compare pyrs against.

Two things per program:

* its syntax tree (`ast.parse`) in a compact prefix form that the tests read back into pyrs's
  own tree, so that the symbol table is checked apart from the parser:
    node     ( Kind [lineno col_offset end_lineno end_col_offset] field... )
             fields in the order of the node class's `_fields`; the four positions only for
             node classes that have them
    list     [ item... ]
    None     ~
    str      s<byte length>:<UTF-8 bytes>
    int      i<decimal>
    bool     i0 / i1
    constant c   (a Constant's value: the symbol table never looks at it)
* the symbol table `_symtable.symtable(source, filename, "exec")` builds, in the form of
  pyrs's `symtable::dump`: every scope in pre-order, then each of its symbols with its raw
  flags, or the SyntaxError it raises;
* the flags of the code objects `compile` makes that come from the symbol table but that
  `_symtable` does not show (generator, coroutine, varargs, nested, class cells).
"""

import ast
import _symtable

FUTURE_ANNOTATIONS = 0x1000000

# The errors of CPython's `__future__` check (Python/future.c).
FUTURE_ERRORS = (
    "error future feature ",
    "error not a chance ",
    "error from __future__ imports must occur at the beginning of the file ",
)


def _ser(node, out):
    if node is None:
        out.append("~")
    elif isinstance(node, ast.AST):
        out.append("(" + type(node).__name__)
        if "lineno" in node._attributes:
            out.append("%d %d %d %d" % (node.lineno, node.col_offset,
                                        node.end_lineno if node.end_lineno is not None else -1,
                                        node.end_col_offset if node.end_col_offset is not None else -1))
        if isinstance(node, ast.Constant):
            out.append("c")
            _ser(node.kind, out)
        elif isinstance(node, ast.MatchSingleton):
            out.append("c")
        else:
            for f in node._fields:
                _ser(getattr(node, f, None), out)
        out.append(")")
    elif isinstance(node, list):
        out.append("[")
        for x in node:
            _ser(x, out)
        out.append("]")
    elif isinstance(node, str):
        out.append("s%d:" % len(node.encode("utf-8")) + node)
    elif isinstance(node, bool):
        out.append("i1" if node else "i0")
    elif isinstance(node, int):
        out.append("i%d" % node)
    else:
        out.append("c")


def serialize(tree):
    out = []
    _ser(tree, out)
    return " ".join(out)


def future_flags(tree):
    """The `from __future__` flags of a module that the symbol table cares about."""
    flags = 0
    body = tree.body
    i = 0
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        i = 1
    while i < len(body) and isinstance(body[i], ast.ImportFrom) and body[i].module == "__future__":
        if any(a.name == "annotations" for a in body[i].names):
            flags |= FUTURE_ANNOTATIONS
        i += 1
    return flags


def _sort_free_runs(symbols):
    out = list(symbols)
    i = 0
    while i < len(out):
        if out[i][1] & 0xFFF == 0:
            start = i
            while i < len(out) and out[i][1] & 0xFFF == 0:
                i += 1
            out[start:i] = sorted(out[start:i])
        else:
            i += 1
    return out


def _dump_scope(t, lines):
    lines.append("scope %d %s line %d nested %d children %d varnames [%s]" % (
        t.type, t.name, t.lineno, 1 if t.nested else 0, len(t.children), " ".join(t.varnames)))
    for name, flags in _sort_free_runs(t.symbols.items()):
        lines.append("  %s %d" % (name, flags))
    for c in t.children:
        _dump_scope(c, lines)


def symtable_dump(source, filename):
    """The dump of the table CPython builds, or `error ...` for the SyntaxError it raises."""
    try:
        top = _symtable.symtable(source, filename, "exec")
    except SyntaxError as e:
        return "error %s at %s %s %s %s\n" % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    lines = []
    _dump_scope(top, lines)
    return "\n".join(lines) + "\n"


# The co_flags bits that come from the symbol table, and two bits of this dump's own for a class
# body whose code has a `__class__` or `__classdict__` cell.
CODE_FLAGS = 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200
CLASS_CELL = 1 << 20
CLASSDICT_CELL = 1 << 21


def code_dump(source, filename, tree):
    """`name line flags` for every code object CPython compiles the program to (the module's
    excepted), sorted: the flags the symbol table decides (varargs, varkeywords, nested,
    generator, coroutine, async generator, class cells). A decorated definition is given the
    line of its `def` or `class`, not of its first decorator."""
    try:
        top = compile(source, filename, "exec", dont_inherit=True)
    except Exception:  # SyntaxError, and SystemError from compiler bugs of CPython 3.12.1
        return ""
    decorated = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.decorator_list:
            decorated[(node.name, node.decorator_list[0].lineno)] = node.lineno
            decorated[("<generic parameters of %s>" % node.name, node.decorator_list[0].lineno)] = node.lineno
    lines = []

    def walk(code):
        for c in code.co_consts:
            if hasattr(c, "co_code"):
                flags = c.co_flags & CODE_FLAGS
                if "__class__" in c.co_cellvars and not c.co_flags & 0x2:
                    flags |= CLASS_CELL
                if "__classdict__" in c.co_cellvars and not c.co_flags & 0x2:
                    flags |= CLASSDICT_CELL
                line = decorated.get((c.co_name, c.co_firstlineno), c.co_firstlineno)
                lines.append("%s %d %d" % (c.co_name, line, flags))
                walk(c)

    walk(top)
    lines.sort()
    return "".join(line + "\n" for line in lines)


def record(out, name, source, filename, with_code=True, with_source=False):
    """Writes one program's record to the binary stream `out`: its name, its tree (or `!` if it
    does not parse), its future flags, its table, its code flags (not made if `with_code` is
    false) and, if `with_source`, its source, each section prefixed by its length."""
    try:
        tree = ast.parse(source, filename)
    except (SyntaxError, ValueError):
        tree = None
    table = symtable_dump(source, filename) if tree is not None else ""
    if table.startswith(FUTURE_ERRORS):
        # Raised by the `__future__` check that runs before the symbol table: the program does
        # not get that far.
        tree = None
    tree_text = serialize(tree).encode() if tree is not None else b"!"
    flags = future_flags(tree) if tree is not None else 0
    table = table.encode() if tree is not None else b""
    out.write(b"=== %s\n" % name.encode())
    out.write(b"ast %d\n%s\n" % (len(tree_text), tree_text))
    out.write(b"future %d\n" % flags)
    out.write(b"sym %d\n%s\n" % (len(table), table))
    codes = code_dump(source, filename, tree).encode() if tree is not None and with_code else b""
    out.write(b"code %d\n%s\n" % (len(codes), codes))
    text = source if with_source else b""
    out.write(b"src %d\n%s\n" % (len(text), text))
