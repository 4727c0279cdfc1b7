"""argparse: subparsers (help, aliases, required, errors), prefix_chars, allow_abbrev, REMAINDER, nargs patterns with --, fromfile_prefix_chars."""
import argparse, contextlib, io

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

p = argparse.ArgumentParser(prog="prog", description="A test program that does things with files and numbers, described at some length so that the text wraps.", epilog="The end.")

def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r if not isinstance(r, argparse.Action) else type(r).__name__)
    except BaseException as e:
        print(type(e).__name__, e)

# subparsers
p = argparse.ArgumentParser(prog="git", description="vcs")
p.add_argument("--verbose", action="store_true")
sub = p.add_subparsers(title="commands", dest="cmd", required=True, help="the command", metavar="CMD")
c = sub.add_parser("commit", help="record changes", aliases=["ci"], description="Commit things.")
c.add_argument("-m", "--message", required=True, help="message")
c.set_defaults(func="commit_fn")
s = sub.add_parser("status", help="show status")
s.add_argument("paths", nargs="*", default=["."])
s.add_argument("--short", "-s", action="store_true")
run(p, ["-h"])
run(p, ["commit", "-h"])
run(p, ["commit", "-m", "hi"])
run(p, ["ci", "-m", "hi"])
run(p, ["status"])
run(p, ["status", "a", "-s"])
run(p, [])
run(p, ["push"])
run(p, ["commit"])
run(p, ["--verbose", "status", "x", "--bogus"])
p2 = argparse.ArgumentParser(prog="tool")
sub2 = p2.add_subparsers()
a = sub2.add_parser("a")
a.add_argument("x", type=int)
b = sub2.add_parser("b")
run(p2, ["-h"])
run(p2, [])
run(p2, ["a", "1"])
run(p2, ["a", "y"])
run(p2, ["c"])
run_err = io.StringIO()
with contextlib.redirect_stderr(run_err):
    attempt(p2.add_subparsers)
print(run_err.getvalue())
# prefix chars, abbrev
p = argparse.ArgumentParser(prog="pc", prefix_chars="+/")
p.add_argument("+f", "++foo")
p.add_argument("/b", action="store_true")
run(p, ["+f", "1", "/b"])
run(p, ["++fo", "2"])
run(p, ["+h"])
attempt(p.add_argument, "-x")
p = argparse.ArgumentParser(prog="na", allow_abbrev=False)
p.add_argument("--long-name")
p.add_argument("-a", action="store_true")
p.add_argument("-b", action="store_true")
p.add_argument("-c")
run(p, ["--long", "x"])
run(p, ["--long-name", "x", "-abc", "v"])
run(p, ["-ab"])
# REMAINDER and nargs patterns
p = argparse.ArgumentParser(prog="rem")
p.add_argument("cmd")
p.add_argument("rest", nargs=argparse.REMAINDER)
p.add_argument("--x")
run(p, ["run", "--x", "1", "a", "-b"])
run(p, ["--x", "1", "run", "a", "-b"])
run(p, ["-h"])
p = argparse.ArgumentParser(prog="np")
p.add_argument("a", nargs="?", default="A")
p.add_argument("b", nargs=2, type=int)
p.add_argument("c", nargs="*")
run(p, ["1", "2"])
run(p, ["x", "1", "2", "3", "4"])
run(p, ["1"])
run(p, ["-h"])
run(p, ["1", "2", "--", "-3"])
run(p, ["-5", "1", "2"])
# fromfile
p = argparse.ArgumentParser(prog="ff", fromfile_prefix_chars="@")
p.add_argument("--num", type=int)
p.add_argument("files", nargs="*")
run(p, ["@argparse_args.txt", "file2"])
run(p, ["a", "@argparse_args.txt", "--num", "6"])
run(p, ["@missing_file.txt"])
