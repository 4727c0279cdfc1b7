"""Regenerates cases.expected from cases.txt with CPython 3.12.

Run it from anywhere as `PYENV_VERSION=3.12.1 python3.12 gen_cases.py`. cases.txt holds small
programs, each after a `### name` line (`### name !nocode` for one that crashes CPython 3.12.1's
compiler: its code objects are not dumped); cases.expected holds, for each, the record of
symdump.record: CPython's tree of the program and the symbol table CPython builds for it (or
the SyntaxError it raises).
"""

import io
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import symdump  # noqa: E402

assert sys.version_info[:2] == (3, 12), "run with CPython 3.12"
warnings.simplefilter("ignore")


def cases(text):
    name, lines = None, []
    for line in text.splitlines(keepends=True):
        if line.startswith("### "):
            if name is not None:
                yield name, "".join(lines)
            name, lines = line[4:].strip(), []
        else:
            lines.append(line)
    if name is not None:
        yield name, "".join(lines)


def main():
    with open(os.path.join(HERE, "cases.txt"), encoding="utf-8") as f:
        text = f.read()
    out = io.BytesIO()
    for header, source in cases(text):
        name, _, option = header.partition(" ")
        compile(source, name, "exec", 0x400)  # every case must parse (PyCF_ONLY_AST)
        symdump.record(out, name, source.encode("utf-8"), "<case>", with_code=option != "!nocode")
    with open(os.path.join(HERE, "cases.expected"), "wb") as f:
        f.write(out.getvalue())


main()
