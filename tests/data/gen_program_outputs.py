"""Writes the expected outputs of the test programs under tests/programs/, as CPython 3.12 prints them.

Run with CPython 3.12 from the repository root:

    python3.12 tests/data/gen_program_outputs.py                 # every program
    python3.12 tests/data/gen_program_outputs.py tests/programs/match tests/programs/basics/hello.py
    python3.12 tests/data/gen_program_outputs.py --check         # compare only, write nothing

Beside each `<case>.py` it writes `<case>.stdout` (always), `<case>.stderr` (only when not empty)
and `<case>.exit` (only when the exit status is not 0), and removes stale ones.

Two kinds of expected output are not CPython's and are written by hand: the programs of
stackless/ (the `stackless` module, which CPython lacks: their outputs follow Stackless Python's
documented behaviour, see tests/programs/stackless/README.md), skipped here; and
`<case>.<engine>.stdout` (`.stderr`, `.exit`) beside a program, what one engine prints where it
differs by design (the cpython engine's RecursionError where the others recurse on the heap).

Each program runs as `python3.12 -X utf8 <case>.py` in its own folder, with no PYTHON* variables
in the environment. Tracebacks name the program by its absolute path: the folder's absolute path
plus "/" is removed from stdout and stderr (tests/programs.rs normalizes the same way), so they
read `File "case.py", line N`.

Before writing, every program is checked:
- it gives the same output with two different string hash seeds (no hash-order dependence);
- outside syntax_errors/, it gives the same output when run from a .pyc that CPython compiled
  for it (what the harness does with pyrs's .pyc), so no file name leaks; the one difference
  allowed is the compile-time warnings (SyntaxWarning, ...) that only a run from source prints
  first on stderr, and only in warnings/, whose programs must print some (the harness puts the
  warnings pyrs's compiler reports before the stderr of the .pyc run);
- in syntax_errors/, CPython refuses it: exit status 1 and a SyntaxError (or subclass) last;
- in errors/, it ends with a non-zero exit status; elsewhere, exit status 0 and an empty stderr;
- it runs in well under a second (robustness/: a few seconds).
A program failing a check is reported and its files are left untouched; the exit status is 1.
"""

import argparse
import concurrent.futures
import os
import py_compile
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAMS = os.path.join(ROOT, "tests", "programs")
TIMEOUT = 10.0
SLOW = 0.5
# robustness/ programs push the limits (deep recursion, huge ints): a few seconds each.
SLOW_AREAS = {"robustness": 3.0}
# Areas whose expected outputs are not CPython's (see above).
NOT_CPYTHON_AREAS = {"stackless"}
ENGINES = ("cpython", "stackless", "pypy")
SYNTAX_ERROR_LAST = re.compile(rb"^(SyntaxError|IndentationError|TabError): ", re.M)


def clean_env(hash_seed):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = str(hash_seed)
    return env


def run(args, cwd, hash_seed):
    start = time.monotonic()
    p = subprocess.run(
        [sys.executable, "-X", "utf8", *args],
        cwd=cwd,
        env=clean_env(hash_seed),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
    )
    elapsed = time.monotonic() - start
    prefix = (cwd + "/").encode()
    return (p.stdout.replace(prefix, b""), p.stderr.replace(prefix, b""), p.returncode), elapsed


def area_of(path):
    return os.path.relpath(path, PROGRAMS).split(os.sep)[0]


def describe(outcome):
    out, err, status = outcome
    return f"exit {status}\n--- stdout\n{out.decode(errors='replace')}--- stderr\n{err.decode(errors='replace')}"


def check_program(path):
    """Returns (path, outcome or None, problems)."""
    folder, name = os.path.split(path)
    area = area_of(path)
    problems = []
    try:
        first, t1 = run([name], folder, 1)
        second, t2 = run([name], folder, 2)
    except subprocess.TimeoutExpired:
        return path, None, [f"timed out after {TIMEOUT} s"]
    if first != second:
        problems.append("output depends on the string hash seed:\n" + describe(first) + "\n" + describe(second))
    if min(t1, t2) > SLOW_AREAS.get(area, SLOW):
        problems.append(f"slow: {min(t1, t2):.2f} s")
    out, err, status = first
    if area == "syntax_errors":
        if status != 1 or not SYNTAX_ERROR_LAST.search(err) or out:
            problems.append("CPython did not refuse it with a SyntaxError:\n" + describe(first))
    else:
        with tempfile.TemporaryDirectory(prefix="pyrs-gen-") as tmp:
            pyc = os.path.join(tmp, name + "c")
            try:
                py_compile.compile(path, cfile=pyc, doraise=True)
            except py_compile.PyCompileError as e:
                return path, None, [f"does not compile: {e}"]
            try:
                from_pyc, _ = run([pyc], folder, 1)
            except subprocess.TimeoutExpired:
                return path, None, [f"timed out after {TIMEOUT} s when run from its .pyc"]
        warnings = compile_warnings(first, from_pyc)
        if warnings is None:
            problems.append("output differs when run from a .pyc:\n" + describe(first) + "\n" + describe(from_pyc))
        elif area == "warnings":
            if not warnings:
                problems.append("a warnings/ program must get a warning from the compiler")
            err = err[len(warnings):]
        elif warnings:
            problems.append("compile-time warnings belong in warnings/:\n" + warnings.decode(errors="replace"))
        if area == "errors":
            if status == 0:
                problems.append("an errors/ program must end with a non-zero exit status")
        elif status != 0 or err:
            problems.append("must exit with status 0 and print nothing on stderr:\n" + describe(first))
    return path, first, problems


WARNING_LINE = re.compile(rb"^[^\n]*:\d+: \w*Warning: [^\n]*\n(  [^\n]*\n)?")


def compile_warnings(from_source, from_pyc):
    """The compile-time warnings that start the stderr of a run from source and nothing else
    sets apart from the run of its .pyc; None if the runs differ otherwise."""
    out, err, status = from_source
    out2, err2, status2 = from_pyc
    if out != out2 or status != status2 or not err.endswith(err2):
        return None
    prefix = err[: len(err) - len(err2)]
    rest = prefix
    while rest:
        m = WARNING_LINE.match(rest)
        if not m:
            return None
        rest = rest[m.end():]
    return prefix


def expected_files(path):
    base = path[:-3]
    return base + ".stdout", base + ".stderr", base + ".exit"


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def wanted_contents(outcome):
    out, err, status = outcome
    return out, (err or None), (f"{status}\n".encode() if status else None)


def sync(path, outcome, write):
    """Returns the names of expected files that were (or would be) changed."""
    changed = []
    for file, want in zip(expected_files(path), wanted_contents(outcome)):
        have = read(file)
        if have == want:
            continue
        changed.append(os.path.basename(file))
        if not write:
            continue
        if want is None:
            os.remove(file)
        else:
            with open(file, "wb") as f:
                f.write(want)
    return changed


def collect(targets):
    found = []
    for t in targets:
        t = os.path.abspath(t)
        if os.path.isdir(t):
            for dirpath, dirnames, filenames in os.walk(t):
                dirnames[:] = sorted(d for d in dirnames if d != "__pycache__" and d not in NOT_CPYTHON_AREAS)
                found.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
        elif t.endswith(".py") and os.path.isfile(t):
            found.append(t)
        else:
            sys.exit(f"not a program or folder: {t}")
    return sorted(set(found))


def strays():
    """Expected-output files whose program is gone."""
    out = []
    for dirpath, _, filenames in os.walk(PROGRAMS):
        for f in filenames:
            stem, ext = os.path.splitext(f)
            program, engine = os.path.splitext(stem)
            if engine[1:] in ENGINES:
                stem = program
            if ext in (".stdout", ".stderr", ".exit") and stem + ".py" not in filenames:
                out.append(os.path.relpath(os.path.join(dirpath, f), ROOT))
    return sorted(out)


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("run this with CPython 3.12")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    ap.add_argument("targets", nargs="*", help="programs or folders (default: all of tests/programs)")
    args = ap.parse_args()
    programs = collect(args.targets or [PROGRAMS])
    failed = 0
    changed_total = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for path, outcome, problems in pool.map(check_program, programs):
            rel = os.path.relpath(path, ROOT)
            if problems:
                failed += 1
                print(f"FAIL {rel}:")
                for p in problems:
                    print("    " + p.replace("\n", "\n    "))
                continue
            changed = sync(path, outcome, not args.check)
            if changed:
                changed_total += 1
                print(f"{'differs' if args.check else 'wrote'} {rel}: {', '.join(changed)}")
    for s in strays():
        print(f"stray expected output without a program: {s}")
    verb = "differ" if args.check else "updated"
    print(f"{len(programs)} programs, {changed_total} {verb}, {failed} failed checks")
    sys.exit(1 if failed or (args.check and changed_total) else 0)


if __name__ == "__main__":
    main()
