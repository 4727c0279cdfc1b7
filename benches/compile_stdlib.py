"""Compiling CPython 3.12's whole standard library: `pyrs -m compileall -f -q DIR` against
`python3.12 -m compileall -f -q DIR` on the same copy of the tree.

Run it with CPython 3.12, from the repository root after `cargo build --release`:

    python3.12 benches/compile_stdlib.py [PYRS] [--runs N]

PYRS is the pyrs binary (default target/release/pyrs). The standard library of the running
CPython (outside site-packages, without __pycache__ folders) is copied to a temporary directory
once; then the two commands run alternately, N times each (default 5) after one warm-up run
each, first with their default worker count, then with `-j 0` (one worker per CPU). It prints
every run's time, the medians and the ratio pyrs / CPython (below 1 means pyrs is faster).
Machines are shared and noisy: compare the ratios, not the absolute times.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time


def copy_stdlib(dest):
    src = sysconfig.get_paths()["stdlib"]
    shutil.copytree(src, dest, symlinks=True,
                    ignore=shutil.ignore_patterns("site-packages", "__pycache__"))
    return sum(name.endswith(".py") for _, _, files in os.walk(dest) for name in files)


def timed(cmd, env):
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if b"panicked" in proc.stderr:
        sys.exit(f"{cmd[0]} panicked:\n{proc.stderr.decode(errors='replace')}")
    return elapsed, proc.returncode


def compare(label, commands, runs, env):
    """Runs each command once to warm up, then `runs` times, alternating which goes first."""
    statuses = {name: timed(cmd, env)[1] for name, cmd in commands}
    if len(set(statuses.values())) != 1:
        sys.exit(f"{label}: the exit statuses differ: {statuses}")
    times = {name: [] for name, _ in commands}
    for i in range(runs):
        order = commands if i % 2 == 0 else commands[::-1]
        for name, cmd in order:
            elapsed, status = timed(cmd, env)
            if status != statuses[name]:
                sys.exit(f"{label}: {name} exited with {status}, then {statuses[name]}")
            times[name].append(elapsed)
    print(f"\n{label} (exit status {statuses[commands[0][0]]} for both)")
    for name, _ in commands:
        print(f"  {name:8} " + " ".join(f"{t:6.2f}s" for t in times[name])
              + f"   median {statistics.median(times[name]):6.2f}s")
    pyrs, cpython = (statistics.median(times[name]) for name, _ in commands)
    print(f"  ratio pyrs / CPython (medians): {pyrs / cpython:.3f}")
    return pyrs / cpython


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pyrs", nargs="?", default=os.path.join(root, "target", "release", "pyrs"),
                        help="the pyrs binary (default: target/release/pyrs)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each command (default 5)")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 12):
        sys.exit(f"run this with CPython 3.12, not {sys.version.split()[0]}")
    pyrs = os.path.abspath(args.pyrs)
    if not os.access(pyrs, os.X_OK):
        sys.exit(f"no pyrs binary at {pyrs}: build it with `cargo build --release`")

    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="pyrs-bench-stdlib-") as tmp:
        tree = os.path.join(tmp, "lib")
        sources = copy_stdlib(tree)
        print(f"{sources} sources of CPython {sys.version.split()[0]}'s standard library copied; "
              f"{os.cpu_count()} CPUs; {args.runs} runs each")
        ratios = []
        for label, extra in (("default workers", []), ("-j 0", ["-j", "0"])):
            commands = [
                ("pyrs", [pyrs, "-m", "compileall", "-f", "-q", *extra, tree]),
                ("CPython", [sys.executable, "-m", "compileall", "-f", "-q", *extra, tree]),
            ]
            ratios.append((label, compare(label, commands, args.runs, env)))
        print()
        for label, ratio in ratios:
            print(f"ratio pyrs / CPython, {label}: {ratio:.3f}")


if __name__ == "__main__":
    main()
