"""argparse: add_argument errors, conflict handlers, parents, exit_on_error, type functions, required options and groups, Namespace, intermixed parsing, FileType, custom usage."""
import argparse, contextlib, io, sys

def run(parser, args):
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf), contextlib.redirect_stdout(buf):
        try:
            res = repr(parser.parse_args(args))
        except SystemExit as e:
            res = f"SystemExit({e.code})"
    out = buf.getvalue()
    print(f"--- {args}: {res}")
    if out:
        print(out, end="")


def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", type(r).__name__ if isinstance(r, argparse.Action) else r)
    except BaseException as e:
        print(type(e).__name__, e)

p = argparse.ArgumentParser(prog="x")
attempt(p.add_argument, "--a", nargs=0)
attempt(p.add_argument, "--b", action="store_const")
attempt(p.add_argument, "--c", action="bogus")
attempt(p.add_argument, "d", required=True)
attempt(p.add_argument, "-h")
attempt(p.add_argument, "--e", type="int")
attempt(p.add_argument, "--f", "g")
attempt(p.add_argument, "f", "g")
attempt(p.add_argument, "--g", nargs="x")
attempt(p.add_argument, "--h2", metavar=("A", "B"), nargs=3)
attempt(p.add_argument, "--i", action="store_true", nargs=1)
attempt(p.add_argument, "--j", action="append", nargs=0)
attempt(p.add_argument, "--k", dest="kk", default=5)
attempt(p.add_argument, "-", "--lone")
attempt(p.add_argument, "--m", type=int, choices=range(1, 4))
attempt(p.add_argument, "--p", help="%(type)s %(dest)s %(default)s %(metavar)s %%")
attempt(p.add_argument, "n", nargs="*", required=True)
print(p.get_default("kk"), p.get_default("zz"))
p.set_defaults(kk=9, extra="e")
print(p.get_default("kk"))
run(p, ["--m", "4"])
run(p, ["--m", "2"])
run(p, ["-h"])
# conflict handler / parents / argument_default
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[parent], argument_default=argparse.SUPPRESS)
child.add_argument("--own")
run(child, [])
run(child, ["--shared", "S", "--own", "O"])
res = argparse.ArgumentParser(prog="res", conflict_handler="resolve")
res.add_argument("-f", "--foo", help="old")
res.add_argument("--foo", help="new")
run(res, ["-h"])
dup = argparse.ArgumentParser(prog="dup")
dup.add_argument("--foo")
attempt(dup.add_argument, "--foo")
# exit_on_error
q = argparse.ArgumentParser(prog="q", exit_on_error=False)
q.add_argument("--n", type=int)
q.add_argument("pos")
for a in (["--n", "x", "p"], ["p", "extra"], [], ["--n"]):
    try:
        print(run(q, a))
    except argparse.ArgumentError as e:
        print("ArgumentError", e, repr(e.argument_name), e.message)
    except SystemExit as e:
        print("SystemExit", e.code)
# type functions
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError(f"{v} is odd")
    return v
def broken(s):
    raise KeyError(s)
t = argparse.ArgumentParser(prog="t")
t.add_argument("--even", type=even)
t.add_argument("--hex", type=lambda s: int(s, 16))
t.add_argument("--broken", type=broken)
run(t, ["--even", "3"])
run(t, ["--even", "4", "--hex", "ff"])
run(t, ["--hex", "zz"])
try:
    t.parse_args(["--broken", "x"])
except KeyError as e:
    print("KeyError", e)
# required options and groups
r = argparse.ArgumentParser(prog="req")
r.add_argument("--must", required=True)
r.add_argument("--also", required=True, dest="ALSO")
g = r.add_mutually_exclusive_group(required=True)
g.add_argument("--x", action="store_true")
g.add_argument("--y", type=int)
run(r, [])
run(r, ["--must", "1", "--also", "2"])
run(r, ["--must", "1", "--also", "2", "--y", "3"])
run(r, ["--must", "1", "--also", "2", "--y", "3", "--x"])
run(r, ["-h"])
# Namespace
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), ns != argparse.Namespace(a=2), "a" in ns, "c" in ns)
setattr(ns, "with space", 3)
print(ns)
print(argparse.Namespace(), vars(argparse.Namespace(z=1)))
print(ns == 5, argparse.Namespace(a=1).__eq__(5))
pre = argparse.Namespace(existing=True, n=7)
print(t.parse_args(["--even", "2"], namespace=pre))
# intermixed
im = argparse.ArgumentParser(prog="im")
im.add_argument("--foo")
im.add_argument("cmd")
im.add_argument("rest", nargs="*", type=int)
print(im.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(im.parse_known_args("doit 1 --foo bar 2 3".split()))
# FileType
ft = argparse.FileType("r")
print(repr(ft), repr(argparse.FileType("w", encoding="utf-8")))
fp = argparse.ArgumentParser(prog="fp")
fp.add_argument("infile", type=argparse.FileType("r"))
run(fp, ["/nonexistent/file.txt"])
ns = fp.parse_args(["-"])
print(ns.infile is sys.stdin)
# usage
u = argparse.ArgumentParser(prog="u", usage="%(prog)s [options] files")
u.add_argument("files", nargs="*")
run(u, ["-h"])
print(u.format_usage(), end="")
u.print_usage()
