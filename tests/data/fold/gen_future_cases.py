"""Writes tests/data/fold/future_cases.txt: what CPython 3.12 makes of `from __future__` imports.

Run with CPython 3.12 from the repository root:
    python3.12 tests/data/fold/gen_future_cases.py > tests/data/fold/future_cases.txt

Each source is written to a file and compiled from it (so that errors carry the source line).
Each line has three tab-separated fields:
    source  statements  outcome
source is the text with backslashes and newlines escaped (\\\\ and \\n). statements is the
module body in tokens separated by single spaces, LOC being lineno,end_lineno,col,end_col:
    ( ImportFrom LOC module|_ level name... )   a from-import
    ( Doc LOC )                                  an expression statement that is a str constant
    ( Other LOC statements... )                  any other statement, with those it contains
outcome is `ok FLAGS` (the future bits of co_flags, in decimal) or
`err LINENO OFFSET END_LINENO END_OFFSET MSG TEXT`, MSG and TEXT in hex (TEXT `_` if none,
an absent end offset 0).
"""
import ast
import os
import sys
import tempfile

assert sys.version_info[:2] == (3, 12), sys.version

FUTURE_MASK = 0x1FE0000


def loc(n):
    return "%d,%d,%d,%d" % (n.lineno, n.end_lineno, n.col_offset, n.end_col_offset)


def stmt(s):
    if isinstance(s, ast.ImportFrom):
        names = " ".join(a.name for a in s.names)
        return "( ImportFrom %s %s %d %s )" % (loc(s), s.module or "_", s.level, names)
    if isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and type(s.value.value) is str:
        return "( Doc %s )" % loc(s)
    inner = []
    for field in ("body", "orelse", "finalbody", "handlers"):
        for sub in getattr(s, field, []) or []:
            if isinstance(sub, ast.excepthandler):
                inner += [stmt(x) for x in sub.body]
            else:
                inner.append(stmt(sub))
    return " ".join(["(", "Other", loc(s)] + inner + [")"])


SOURCES = [
    "from __future__ import annotations\n",
    "from __future__ import barry_as_FLUFL\n",
    "from __future__ import annotations, barry_as_FLUFL\n",
    "from __future__ import nested_scopes, generators, division, absolute_import\n",
    "from __future__ import with_statement, print_function, unicode_literals, generator_stop\n",
    "from __future__ import braces\n",
    "from __future__ import nested_scopes, braces\n",
    "from __future__ import spam\n",
    "from __future__ import spam, braces\n",
    "from __future__ import *\n",
    "from __future__ import (annotations,\n    division)\n",
    "from __future__ import (annotations,\n    foo)\n",
    "from __future__ import annotations as a, division as d\n",
    '"""doc"""\nfrom __future__ import annotations\n',
    '"""doc"""\nfrom __future__ import braces\n',
    '"doc"\n"doc2"\nfrom __future__ import annotations\n',
    "'doc'; from __future__ import annotations\n",
    "b'doc'\nfrom __future__ import annotations\n",
    "f'doc'\nfrom __future__ import annotations\n",
    "1\nfrom __future__ import annotations\n",
    "import os\nfrom __future__ import annotations\n",
    "import os\nfrom __future__ import braces\n",
    "import os; from __future__ import annotations\n",
    "from __future__ import annotations; import os\n",
    "from __future__ import annotations; from __future__ import division\n",
    "from __future__ import annotations; from __future__ import braces\n",
    "from __future__ import annotations\nimport os\nfrom __future__ import division\n",
    "from __future__ import annotations\nfrom __future__ import division\nx = 1\n",
    "from __future__ import annotations\n\n\nfrom __future__ import barry_as_FLUFL\n",
    "from .__future__ import braces\n",
    "from .__future__ import annotations\n",
    "from . import __future__\n",
    "import __future__\n",
    "from __future__ import annotations\nimport __future__\n",
    "def f():\n    from __future__ import annotations\n",
    "from __future__ import annotations\ndef f():\n    from __future__ import annotations\n",
    "if 1:\n    from __future__ import annotations\n",
    "if 1: from __future__ import annotations\n",
    "class C:\n    'doc'\n    from __future__ import annotations\n",
    "try:\n    pass\nexcept:\n    from __future__ import annotations\n",
    "x = 1\n\n  \n# comment\nfrom __future__ import   braces\n",
    "\xe9 = 1\nfrom __future__ import annotations\n",
    "'\xe9t\xe9'; from __future__ import spam\n",
    "from __future__ import " + "x" * 150 + "\n",
    "\n\n\nfrom __future__ import barry_as_FLUFL\n",
    "",
    "pass\n",
    "'doc'\n",
]


def outcome(src, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(src)
    try:
        code = compile(src, path, "exec")
    except SyntaxError as e:
        text = "_" if e.text is None else e.text.encode("utf-8").hex()
        return "err %d %d %d %d %s %s" % (e.lineno, e.offset or 0, e.end_lineno or 0, e.end_offset or 0,
                                            e.msg.encode("utf-8").hex(), text)
    return "ok %d" % (code.co_flags & FUTURE_MASK)


def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "m.py")
        for src in SOURCES:
            body = " ".join(stmt(s) for s in ast.parse(src).body)
            escaped = src.replace("\\", "\\\\").replace("\n", "\\n")
            print("\t".join([escaped, body, outcome(src, path)]))


main()
