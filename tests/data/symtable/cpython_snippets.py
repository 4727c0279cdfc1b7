"""Reads file paths, one a line, on standard input, and writes the record of symdump.record
(tree, CPython 3.12's symbol table and the source) for every distinct string constant of those
files that is a Python program binding or declaring names (the code snippets of CPython's own
tests: `check_syntax_error("...")` and the like). Their code objects are not dumped: compiling
arbitrary snippets can crash CPython 3.12.1."""

import ast
import os
import sys
import textwrap
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import symdump  # noqa: E402

warnings.simplefilter("ignore")
KEYWORDS = ("def ", "class ", "lambda", "global", "nonlocal", ":=", "yield", "await", " for ",
            "import", "type ", "super", "__class__")
out = sys.stdout.buffer
seen = set()
for line in sys.stdin:
    path = line.rstrip("\n")
    if not path:
        continue
    with open(path, "rb") as f:
        try:
            tree = ast.parse(f.read(), path)
        except (SyntaxError, ValueError):
            continue
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if not any(k in node.value for k in KEYWORDS):
            continue
        for text in (node.value, textwrap.dedent(node.value)):
            if text in seen:
                continue
            try:
                ast.parse(text)
                source = text.encode("utf-8")
            except (SyntaxError, ValueError, UnicodeEncodeError):
                continue
            seen.add(text)
            symdump.record(out, "%s:%d" % (path, node.lineno), source, "<snippet>",
                           with_code=False, with_source=True)
            break
out.flush()
