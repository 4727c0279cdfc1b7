"""argparse: subparsers (conflicting names and aliases, required without dest, titles and descriptions, help of a subcommand, parser_class and prog)."""
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


def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", type(r).__name__)
    except BaseException as e:
        print(type(e).__name__, e)

p = argparse.ArgumentParser(prog="top")
p.add_argument("pre")
sp = p.add_subparsers(required=True)
x = sp.add_parser("x", help="the x command")
y = sp.add_parser("y", aliases=["yy"])
attempt(sp.add_parser, "x")
attempt(sp.add_parser, "z", aliases=["yy"])
print(x.prog, y.prog)
run(p, ["-h"])
run(p, ["P"])
run(p, ["P", "yy"])
run(p, ["P", "w"])
q = argparse.ArgumentParser(prog="q")
qs = q.add_subparsers(title="Commands", description="Pick one.", metavar="COMMAND", dest="command", help="what to do")
qs.add_parser("go", help="go somewhere", description="Go.", epilog="Gone.").add_argument("where")
qs.add_parser("stop")
run(q, ["-h"])
run(q, ["go", "-h"])
run(q, [])
run(q, ["go"])
print(repr(qs.choices["go"])[:40])
class MyParser(argparse.ArgumentParser):
    pass
r = argparse.ArgumentParser(prog="r")
rs = r.add_subparsers(parser_class=argparse.ArgumentParser, dest="c", prog="R-PROG")
sub = rs.add_parser("one")
print(type(sub).__name__, sub.prog)
r2 = MyParser(prog="r2")
print(type(r2.add_subparsers().add_parser("a")).__name__)
