"""argparse: negative numbers, defaults converted by type, append/extend/count defaults, BooleanOptionalAction, subparser defaults and unknown arguments, version text, dest names, clusters of short options."""
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


p = argparse.ArgumentParser(prog="nums")
p.add_argument("-n", type=int)
p.add_argument("vals", nargs="*", type=float)
run(p, ["-1", "-2.5", "3"])
run(p, ["-n", "-5", "-1"])
run(p, ["-n=7"])
run(p, ["-n7", "--", "-3"])
run(p, ["-x"])
run(p, ["-1x"])
q = argparse.ArgumentParser(prog="negopt")
q.add_argument("-1", dest="one", action="store_true")
q.add_argument("vals", nargs="*")
run(q, ["-1", "a"])
run(q, ["-2"])
p = argparse.ArgumentParser(prog="defaults")
p.add_argument("--lst", action="append", default=["a"])
p.add_argument("--ext", action="extend", nargs="*", default=["x"])
p.add_argument("--cnt", action="count")
p.add_argument("--num", type=int, default="12")
p.add_argument("--choice", type=int, choices=[1, 2], default="1")
p.add_argument("--sc", action="store_const", const=1, default=0)
p.add_argument("pos", nargs="?", type=int, default="5", choices=[5, 6])
run(p, [])
run(p, ["--lst", "b", "--lst", "c", "--ext", "--ext", "y", "z", "--cnt", "--cnt", "6"])
run(p, ["7"])
print(p.get_default("lst"), p.get_default("num"))
b = argparse.ArgumentParser(prog="bool")
b.add_argument("--feature", action=argparse.BooleanOptionalAction, help="toggle (default: %(default)s)")
b.add_argument("--other", action=argparse.BooleanOptionalAction, default=False, required=False)
try:
    b.add_argument("--bad", action=argparse.BooleanOptionalAction, nargs=1)
except TypeError as e:
    print("TypeError", e)
try:
    b.add_argument("nope", action=argparse.BooleanOptionalAction)
except ValueError as e:
    print("ValueError", e)
run(b, ["-h"])
run(b, ["--no-feature", "--other"])
run(b, ["--no-feature=1"])
s = argparse.ArgumentParser(prog="top")
s.add_argument("--x", default="top")
sp = s.add_subparsers(dest="cmd")
a = sp.add_parser("a", help="A cmd")
a.add_argument("--x", default="sub")
a.add_argument("--y", type=int)
a.set_defaults(func=1)
bb = sp.add_parser("b", add_help=False, prog="custom-b")
bb.add_argument("rest", nargs="*")
s.set_defaults(func=0)
run(s, [])
run(s, ["--x", "T", "a"])
run(s, ["a", "--x", "S"])
run(s, ["a", "--y", "z"])
run(s, ["b", "-h", "c"])
print(s.parse_known_args(["a", "--zz", "1", "b"]))
run(s, ["a", "--zz"])
run(s, ["b", "-h"])
print(repr(sp)[:40], sp.choices.keys() if hasattr(sp.choices, "keys") else sp.choices)
v = argparse.ArgumentParser(prog="ver")
v.add_argument("-V", action="version", version="%(prog)s version 3\nsecond   line")
run(v, ["-V"])
v2 = argparse.ArgumentParser(prog="ver2")
v2.add_argument("--version", action="version")
try:
    run(v2, ["--version"])
except AttributeError as e:
    print("AttributeError", e)
d = argparse.ArgumentParser(prog="d", description="%(prog)s does %% things", epilog="see %(prog)s")
d.add_argument("--dash-ed-name", "-d")
d.add_argument("--x", dest="a-b")
run(d, ["-h"])
run(d, ["-d", "1", "--x", "2"])
print(d.parse_args(["--x", "3"]))
cl = argparse.ArgumentParser(prog="cluster")
cl.add_argument("-a", action="store_true")
cl.add_argument("-b", action="count")
cl.add_argument("-c", type=int)
run(cl, ["-abbc3"])
run(cl, ["-ac", "4"])
run(cl, ["-ca"])
run(cl, ["-abx"])
run(cl, ["-a=1"])
