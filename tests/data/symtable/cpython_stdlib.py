"""Reads file paths, one a line, on standard input and writes for each the record of
symdump.record (its tree and CPython 3.12's symbol table) to standard output."""

import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import symdump  # noqa: E402

warnings.simplefilter("ignore")
out = sys.stdout.buffer
for line in sys.stdin:
    path = line.rstrip("\n")
    if not path:
        continue
    with open(path, "rb") as f:
        source = f.read()
    symdump.record(out, path, source, path)
out.flush()
