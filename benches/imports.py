"""Measures importing a generated package of 200 modules, cold and warm, under pyrs and CPython 3.12.

Run it with CPython 3.12, from the repository root after `cargo build --release`:

    python3.12 benches/imports.py [--pyrs PATH] [--impl ENGINE] [--runs N] [--modules N]

It writes a package of N modules (default 200; each a few functions and a class, some importing
their neighbours) to a temporary folder, then times `import pkg` in a fresh process: cold (no
`__pycache__`: every module is compiled and its .pyc written) and warm (every .pyc present and
valid), N runs each (default 7), the interpreters alternating. It prints the median wall time of
each case, the warm speed-up (cold / warm) of each interpreter, and pyrs / CPython per case.
Each interpreter writes and reads its own cache files in its own copy of the package.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

MODULE = '''"""Module {i} of the generated package."""
from . import {prev}


def f{i}(x, y=2):
    total = 0
    for k in range(x):
        total += k * y
    return total


class C{i}:
    def __init__(self, value):
        self.value = value

    def method(self, other):
        return [self.value + n for n in range(other) if n % 3]

    @property
    def doubled(self):
        return self.value * 2


TABLE = {{"a": {i}, "b": [1, 2, 3], "c": ("x", "y")}}
TEXT = f"module {{__name__}} {i}"
'''


def write_package(root, count):
    pkg = os.path.join(root, "pkg")
    os.makedirs(pkg)
    names = [f"m{i:03d}" for i in range(count)]
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("".join(f"from . import {n}\n" for n in names))
    for i, name in enumerate(names):
        prev = names[i - 1] if i else names[0]
        text = MODULE.format(i=i, prev=prev) if i else MODULE.format(i=i, prev=prev).replace(f"from . import {prev}\n", "")
        with open(os.path.join(pkg, name + ".py"), "w") as f:
            f.write(text)


def clear_caches(root):
    for dirpath, dirnames, _ in os.walk(root):
        if "__pycache__" in dirnames:
            shutil.rmtree(os.path.join(dirpath, "__pycache__"))


def timed(cmd, cwd):
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{cmd[0]} failed: {proc.stderr.decode(errors='replace')}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyrs", default=os.path.join(HERE, "..", "target", "release", "pyrs"))
    parser.add_argument("--impl", default="cpython", help="the pyrs engine (default cpython)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--modules", type=int, default=200)
    args = parser.parse_args()
    interpreters = {
        "pyrs": [os.path.abspath(args.pyrs), "--impl", args.impl],
        "CPython": [sys.executable],
    }
    with tempfile.TemporaryDirectory(prefix="pyrs-import-bench-") as tmp:
        roots = {}
        for who in interpreters:
            roots[who] = os.path.join(tmp, who)
            write_package(roots[who], args.modules)
        times = {(who, case): [] for who in interpreters for case in ("cold", "warm")}
        for _ in range(args.runs):
            for who, cmd in interpreters.items():
                clear_caches(roots[who])
                times[(who, "cold")].append(timed(cmd + ["-c", "import pkg"], roots[who]))
                times[(who, "warm")].append(timed(cmd + ["-c", "import pkg"], roots[who]))
        med = {k: statistics.median(v) for k, v in times.items()}
    print(f"import of a package of {args.modules} modules, median of {args.runs} runs")
    print(f"{'':10} {'cold s':>9} {'warm s':>9} {'cold/warm':>10}")
    for who in interpreters:
        cold, warm = med[(who, "cold")], med[(who, "warm")]
        print(f"{who:10} {cold:9.4f} {warm:9.4f} {cold / warm:10.2f}")
    ratio_cold = med[("pyrs", "cold")] / med[("CPython", "cold")]
    ratio_warm = med[("pyrs", "warm")] / med[("CPython", "warm")]
    print(f"{'pyrs/CPython':10} {ratio_cold:9.2f} {ratio_warm:9.2f}")


if __name__ == "__main__":
    main()
