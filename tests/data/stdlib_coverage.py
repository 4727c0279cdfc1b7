"""Prints README's standard-library coverage table: for each module issue 5 names, the public
names of CPython 3.12's module that pyrs's lacks.

Run with CPython 3.12, from the project root, after `cargo build --release`:
    python3.12 tests/data/stdlib_coverage.py [--pyrs target/release/pyrs]
"""

import argparse
import importlib
import ast
import subprocess
import types
import sys

MODULES = [
    "math", "cmath", "time", "datetime", "random", "itertools", "functools", "operator",
    "collections", "collections.abc", "string", "re", "json", "textwrap", "keyword",
    "unicodedata", "os", "os.path", "io", "sys", "struct", "array", "copy", "pickle", "heapq",
    "bisect", "types", "abc", "enum", "dataclasses", "typing", "contextlib", "weakref", "gc",
    "traceback", "warnings", "numbers", "fractions", "decimal", "statistics", "dis", "marshal",
    "importlib", "importlib.util", "asyncio", "argparse",
]

PROBE = """
import importlib, sys
out = {}
for name in sys.argv[1:]:
    if name.startswith('+'):
        # A submodule CPython's module holds: imported (when pyrs has it) so that it is an
        # attribute of its package, as the import system makes it.
        try:
            importlib.import_module(name[1:])
        except ImportError:
            pass
        continue
    try:
        m = importlib.import_module(name)
    except ImportError:
        out[name] = None
        continue
    out[name] = [n for n in dir(m) if not n.startswith('_')]
print(repr(out))
"""


def public_names(name):
    """The public names of CPython's module: those of `dir()` without a leading underscore,
    less what it merely imported for its own use: other modules (its own submodules stay) and
    classes or functions of another module that its `__all__` does not list."""
    m = importlib.import_module(name)
    listed = set(getattr(m, "__all__", ()))
    names = []
    for n in dir(m):
        v = getattr(m, n)
        if n.startswith("_"):
            continue
        if isinstance(v, types.ModuleType) and not v.__name__.startswith(name + ".") and n != "path":
            continue
        home = getattr(v, "__module__", None) if isinstance(v, (type, types.FunctionType, types.BuiltinFunctionType)) else None
        if isinstance(home, str) and n not in listed and home.lstrip("_") != name.lstrip("_") and not home.startswith(name + "."):
            continue
        names.append(n)
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyrs", default="target/release/pyrs")
    args = ap.parse_args()
    refs = {name: public_names(name) for name in MODULES}
    submodules = sorted({f"+{name}.{n}" for name, names in refs.items() for n in names
                         if isinstance(getattr(importlib.import_module(name), n), types.ModuleType)})
    got = subprocess.run([args.pyrs, "-c", PROBE, *submodules, *MODULES], capture_output=True, text=True)
    if got.returncode != 0:
        sys.exit(f"pyrs failed:\n{got.stderr}")
    theirs = ast.literal_eval(got.stdout)
    print("| module | CPython's public names | missing in pyrs |")
    print("|---|---|---|")
    for name in MODULES:
        ref = refs[name]
        have = theirs.get(name)
        if have is None:
            missing = "the whole module"
        else:
            lacking = sorted(set(ref) - set(have))
            missing = ", ".join(f"`{n}`" for n in lacking) if lacking else "none"
        print(f"| {name} | {len(ref)} | {missing} |")


if __name__ == "__main__":
    main()
