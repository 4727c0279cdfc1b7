"""Runs the benchmark programs of benches/programs under pyrs and CPython 3.12, side by side.

Run it with CPython 3.12, from the repository root after `cargo build --release`:

    python3.12 benches/run.py [--pyrs PATH] [--impl ENGINE] [--runs N] [NAME ...]

Each program runs once under each interpreter to check that both print the same output, then
N more times each (default 5), the two alternating so that a noisy machine affects both alike.
Per program it prints the median wall time of each, the ratio pyrs / CPython of the medians, and
the ratio of the peak resident memory (maximum over the runs); then the geometric means of the
ratios. Below 1 means pyrs is faster or smaller. A program whose output differs or which fails
under pyrs is reported and left out of the means. The last line compares the startup time
(`-c pass`, 20 runs each), which is not part of the means.
"""

import argparse
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_measured(cmd):
    """Runs cmd with wait4 to get its own peak RSS; returns (seconds, KiB, status, out, err)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, proc.returncode, out, err


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyrs", default=os.path.join(HERE, "..", "target", "release", "pyrs"))
    parser.add_argument("--impl", default="cpython", help="the pyrs engine (default cpython)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("names", nargs="*", help="programs to run (default: all)")
    args = parser.parse_args()

    folder = os.path.join(HERE, "programs")
    names = args.names or sorted(f[:-3] for f in os.listdir(folder) if f.endswith(".py"))
    pyrs = [os.path.abspath(args.pyrs), "--impl", args.impl]
    cpython = [sys.executable]

    print(f"{'program':16} {'CPython s':>10} {'pyrs s':>10} {'time':>7} {'memory':>7}")
    time_ratios, mem_ratios, failed = [], [], []
    for name in names:
        path = os.path.join(folder, name + ".py")
        ref = run_measured(cpython + [path])
        got = run_measured(pyrs + [path])
        if got[2] != ref[2] or got[3] != ref[3]:
            reason = got[4].decode(errors="replace").strip().splitlines()[-1:] or ["output differs"]
            print(f"{name:16} fails under pyrs: {reason[0][:80]}")
            failed.append(name)
            continue
        times = {"cpython": [], "pyrs": []}
        peak = {"cpython": ref[1], "pyrs": got[1]}
        for i in range(args.runs):
            order = [("cpython", cpython), ("pyrs", pyrs)]
            if i % 2:
                order.reverse()
            for key, cmd in order:
                elapsed, rss, _, _, _ = run_measured(cmd + [path])
                times[key].append(elapsed)
                peak[key] = max(peak[key], rss)
        c, p = statistics.median(times["cpython"]), statistics.median(times["pyrs"])
        tr, mr = p / c, peak["pyrs"] / peak["cpython"]
        time_ratios.append(tr)
        mem_ratios.append(mr)
        print(f"{name:16} {c:10.3f} {p:10.3f} {tr:7.2f} {mr:7.2f}")

    print(f"{'geometric mean':16} {'':10} {'':10} {geomean(time_ratios):7.2f} "
          f"{geomean(mem_ratios):7.2f}   ({len(time_ratios)} programs"
          + (f"; failing under pyrs: {', '.join(failed)})" if failed else ")"))

    startup = {"cpython": [], "pyrs": []}
    for i in range(20):
        for key, cmd in (("cpython", cpython), ("pyrs", pyrs))[:: 1 if i % 2 == 0 else -1]:
            startup[key].append(run_measured(cmd + ["-c", "pass"])[0])
    c, p = statistics.median(startup["cpython"]), statistics.median(startup["pyrs"])
    print(f"{'startup -c pass':16} {c:10.4f} {p:10.4f} {p / c:7.2f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
