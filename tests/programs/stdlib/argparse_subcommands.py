"""argparse: subparsers (conflicting names and aliases, required without dest, titles and descriptions, help of a subcommand, parser_class and prog)."""
import argparse, sys

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def getvalue(self):
        return "".join(self.parts)

def run(parser, args):
    old = sys.stderr, sys.stdout
    buf = Buf()
    sys.stderr = sys.stdout = buf
    try:
        ns = parser.parse_args(args)
        res = repr(ns)
    except SystemExit as e:
        res = f"SystemExit({e.code})"
    finally:
        sys.stderr, sys.stdout = old
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
