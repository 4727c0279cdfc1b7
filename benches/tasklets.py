"""Measures tasklets: the memory of a blocked tasklet and the time of a switch, across systems.

Run it with CPython 3.12, from the repository root after `cargo build --release`:

    python3.12 benches/tasklets.py [--pyrs PATH] [--python PATH] [--pypy PATH] [--runs R]
                                   [--n N] [--m M] [--only NAME ...]

Systems: `pyrs --impl stackless` (the stackless module of pyrs), CPython with greenlet (the
interpreter given by --python, default the one running this script) and PyPy's stackless module
(`pypy3`, found on PATH unless --pypy names it). One that is missing is skipped with the reason;
one that fails is reported with the tail of its stderr, and the others go on.

Programs (benches/tasklets/, described in its README.md): `blocked_*` parks N tasklets
(default 1,000,000) on one channel and releases them; `pingpong_*` makes M round trips
(default 1,000,000) between two tasklets. Each runs R times (default 5) at full size and R
times at size 0 (the baseline: start-up and set-up alone), alternating; each figure is a
difference of medians:

- bytes/tasklet: (peak RSS at N - peak RSS at 0) / N, peak RSS as reported by GNU time;
- us/tasklet: (wall time at N - wall time at 0) / N, for creating, parking and releasing one;
- ns/switch: (wall time at M - wall time at 0) / 2M: a round trip is two switches.

Before the blocked runs a probe (N/100 tasklets, at least 10,000) estimates each system's
memory and time per tasklet; if N tasklets would take more than 80% of the memory budget
(default half the memory available at start) or half the time limit of a run (default 300 s),
N is lowered for that system and the table says so. A run that goes over the budget or the time limit is killed.
"""

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "tasklets")
GNU_TIME = "/usr/bin/time"


def session_rss_kib(session):
    """The resident memory, in KiB, of all processes of a session (Linux /proc)."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[3]) != session:  # fields[3] is the session id (field 6 of stat)
                continue
            with open(f"/proc/{entry}/statm") as f:
                total += int(f.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except (OSError, IndexError, ValueError):
            continue
    return total


def run_measured(cmd, timeout, memory_limit_kib):
    """Runs cmd; returns (wall seconds, peak RSS in KiB, exit status, stdout, stderr, why killed).

    As in run.py, the peak memory comes from GNU time (a child forked from this process could
    report this process's memory as its own). The command runs in its own session, watched by
    a thread that kills the session when it runs longer than timeout seconds or its resident
    memory passes memory_limit_kib; `why killed` is then the reason, else None."""
    with tempfile.NamedTemporaryFile("r") as report, tempfile.TemporaryFile() as out, \
            tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([GNU_TIME, "-f", "%M", "-o", report.name] + cmd,
                                stdout=out, stderr=err, start_new_session=True)
        killed = []
        done = threading.Event()

        def watch():
            while not done.wait(0.2):
                if time.perf_counter() - start > timeout:
                    killed.append(f"killed after the time limit of {timeout:g} s")
                elif session_rss_kib(proc.pid) > memory_limit_kib:
                    killed.append(f"killed over the memory budget of {memory_limit_kib // 1024} MiB")
                else:
                    continue
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                return

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        status = proc.wait()
        elapsed = time.perf_counter() - start
        done.set()
        watcher.join()
        lines = report.read().split()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    peak = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    return elapsed, peak, status, stdout, stderr, (killed[0] if killed else None)


def blocked_output(n):
    return f"blocked {n}\nreceived own value {n}\nchecksum {n * (n - 1) // 2}\nstill blocked 0\n"


def pingpong_output(m):
    return f"final value {m}\n"


class Failure(Exception):
    pass


def checked_run(cmd, expected, args):
    """run_measured, raising Failure with a readable reason if the run fails or prints the
    wrong output."""
    elapsed, peak, status, stdout, stderr, killed = run_measured(
        cmd, args.timeout, args.memory_budget * 1024)
    if killed:
        raise Failure(f"{os.path.basename(cmd[-2])} {cmd[-1]}: {killed}")
    if status != 0 or stdout.decode(errors="replace") != expected:
        run = f"{os.path.basename(cmd[-2])} {cmd[-1]}"
        if status == 0:
            got = stdout.decode(errors="replace").strip().splitlines()[-args.tail:]
            raise Failure(f"{run}: unexpected output\n    got:\n      " + "\n      ".join(got)
                          + "\n    expected:\n      " + "\n      ".join(expected.strip().split("\n")))
        tail = stderr.decode(errors="replace").strip().splitlines()[-args.tail:] or ["(no stderr)"]
        raise Failure(f"{run}: exit status {status}: {tail[-1]}\n    " + "\n    ".join(tail))
    return elapsed, peak


def measure(cmd, program, size, expected, args):
    """R runs at size and R at 0, alternating: returns the medians (time at size, time at 0,
    peak at size, peak at 0)."""
    times = {size: [], 0: []}
    peaks = {size: [], 0: []}
    for i in range(args.runs):
        for k in ((size, 0) if i % 2 == 0 else (0, size)):
            elapsed, peak = checked_run(cmd + [program, str(k)], expected(k), args)
            times[k].append(elapsed)
            peaks[k].append(peak)
    med = statistics.median
    return med(times[size]), med(times[0]), med(peaks[size]), med(peaks[0])


def blocked(system, args):
    cmd, program = system["cmd"], os.path.join(PROGRAMS, f"blocked_{system['suffix']}.py")
    n, note = args.n, ""
    probe = min(n, max(10_000, n // 100))
    if probe < n:
        t0, p0 = checked_run(cmd + [program, "0"], blocked_output(0), args)
        t1, p1 = checked_run(cmd + [program, str(probe)], blocked_output(probe), args)
        kib_each, s_each = max(p1 - p0, 0) / probe, max(t1 - t0, 0) / probe
        limits = []
        if kib_each and kib_each * n > 0.8 * args.memory_budget * 1024 - p0:
            limits.append(((0.8 * args.memory_budget * 1024 - p0) / kib_each, "memory budget"))
        if s_each and s_each * n > 0.5 * args.timeout - t0:
            limits.append(((0.5 * args.timeout - t0) / s_each, "time limit"))
        if limits:
            fit, why = min(limits)
            n = max(probe, int(float(f"{fit:.2g}")))  # two significant digits
            note = f"N lowered from {args.n:,} by the {why}: at {kib_each * 1024:.0f} B and " \
                   f"{s_each * 1e6:.1f} us per tasklet"
    t, t0, p, p0 = measure(cmd, program, n, blocked_output, args)
    return {"n": n, "bytes": (p - p0) * 1024 / n if n else float("nan"), "wall": t,
            "us": (t - t0) / n * 1e6 if n else float("nan"), "note": note}


def pingpong(system, args):
    program = os.path.join(PROGRAMS, f"pingpong_{system['suffix']}.py")
    t, t0, _, _ = measure(system["cmd"], program, args.m, pingpong_output, args)
    return {"m": args.m, "wall": t, "ns": (t - t0) / (2 * args.m) * 1e9 if args.m else float("nan")}


def check_import(cmd, module):
    """None if cmd can import module, else the reason it cannot."""
    try:
        proc = subprocess.run(cmd + ["-c", f"import {module}"], capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return str(e)
    if proc.returncode:
        lines = proc.stderr.decode(errors="replace").strip().splitlines()
        return f"`import {module}` fails: {lines[-1] if lines else proc.returncode}"
    return None


def systems(args):
    """Yields (system, reason it is skipped or None)."""
    pyrs = os.path.abspath(args.pyrs)
    found = os.access(pyrs, os.X_OK)
    yield ({"name": "pyrs --impl stackless", "key": "pyrs", "cmd": [pyrs, "--impl", "stackless"],
            "suffix": "stackless"},
           None if found else f"{pyrs} not found (cargo build --release)")
    python = shutil.which(args.python) or args.python
    yield ({"name": "CPython + greenlet", "key": "greenlet", "cmd": [python], "suffix": "greenlet"},
           check_import([python], "greenlet"))
    pypy = shutil.which(args.pypy) if args.pypy else None
    yield ({"name": "PyPy stackless", "key": "pypy", "cmd": [pypy or "pypy3"], "suffix": "stackless"},
           check_import([pypy], "stackless") if pypy else f"{args.pypy} not found on PATH")


def version(cmd):
    try:
        proc = subprocess.run(cmd + ["-c", "import sys, platform; print(platform.python_implementation(), "
                                     "'.'.join(map(str, sys.version_info[:3])))"],
                              capture_output=True, timeout=60)
        return proc.stdout.decode(errors="replace").strip() if proc.returncode == 0 else ""
    except (OSError, subprocess.TimeoutExpired):
        return ""


def memory_available_mib():
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 4096


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyrs", default=os.path.join(HERE, "..", "target", "release", "pyrs"))
    parser.add_argument("--python", default=sys.executable, help="the CPython to run greenlet")
    parser.add_argument("--pypy", default="pypy3", help="the PyPy to run its stackless module")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--n", type=int, default=1_000_000, help="tasklets blocked at once")
    parser.add_argument("--m", type=int, default=1_000_000, help="ping-pong round trips")
    parser.add_argument("--memory-budget", type=int, default=memory_available_mib() // 2,
                        metavar="MiB", help="most memory a run may take (default: half of "
                        "the memory available)")
    parser.add_argument("--timeout", type=float, default=300, metavar="S",
                        help="most seconds a run may take (default 300)")
    parser.add_argument("--tail", type=int, default=5, help="stderr lines shown for a failure")
    parser.add_argument("--only", nargs="+", choices=["pyrs", "greenlet", "pypy"],
                        help="the systems to run (default: all)")
    args = parser.parse_args()
    if not os.access(GNU_TIME, os.X_OK):
        sys.exit(f"{GNU_TIME} (GNU time) is needed to measure peak memory")
    if args.runs < 1 or args.n < 0 or args.m < 1:
        sys.exit("--runs and --m must be at least 1, --n at least 0")

    print(f"N = {args.n:,} blocked tasklets, M = {args.m:,} round trips (2 switches each), "
          f"{args.runs} runs each, median; memory budget {args.memory_budget:,} MiB, "
          f"time limit {args.timeout:g} s per run", flush=True)
    rows, problems = [], []
    for system, skipped in systems(args):
        if args.only and system["key"] not in args.only:
            continue
        if skipped:
            problems.append(f"{system['name']}: skipped: {skipped}")
            print(problems[-1], flush=True)
            continue
        label = system["name"]
        if system["key"] != "pyrs":
            label += f" ({version(system['cmd'])})"
        row = {"name": label}
        for bench, run in (("blocked", blocked), ("pingpong", pingpong)):
            print(f"{label}: {bench} ...", flush=True)
            try:
                row[bench] = run(system, args)
            except Failure as e:
                problems.append(f"{label}: {bench} fails: {e}")
                print(problems[-1], flush=True)
        rows.append(row)

    print()
    print(f"{'system':38} {'N':>10} {'bytes/tasklet':>13} {'wall s':>8} {'us/tasklet':>10}"
          f" {'M':>10} {'wall s':>8} {'ns/switch':>9}")
    notes = []
    for row in rows:
        b, p = row.get("blocked"), row.get("pingpong")
        left = (f"{b['n']:>10,} {b['bytes']:>13,.0f} {b['wall']:>8.2f} {b['us']:>10.2f}" if b
                else f"{'fails':>10} {'':13} {'':8} {'':10}")
        right = f"{p['m']:>10,} {p['wall']:>8.2f} {p['ns']:>9.0f}" if p else f"{'fails':>10}"
        print(f"{row['name']:38} {left} {right}")
        if b and b["note"]:
            notes.append(f"{row['name']}: {b['note']}")
    for line in notes + [problem.split("\n")[0] for problem in problems]:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
