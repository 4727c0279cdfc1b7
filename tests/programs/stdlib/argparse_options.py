"""argparse: help of a parser with many kinds of options, parsing them, and the errors (usage and message on stderr, exit status 2)."""
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

p = argparse.ArgumentParser(prog="prog", description="A test program that does things with files and numbers, described at some length so that the text wraps.", epilog="The end.")
p.add_argument("files", nargs="+", metavar="FILE", help="input files")
p.add_argument("-n", "--num", type=int, default=3, help="a number (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="mode of %(prog)s: %(choices)s")
p.add_argument("-o", "--output", dest="out", metavar="PATH", required=False)
p.add_argument("--flag", action="store_true")
p.add_argument("--no-thing", action="store_false", dest="thing")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("-I", action="append", dest="includes", default=[])
p.add_argument("--tag", action="append_const", const="t", dest="tags")
p.add_argument("--ext", action="extend", nargs="+", type=str)
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="use color")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--many", nargs="*")
g = p.add_argument_group("extra", "Extra options for the program.")
g.add_argument("--alpha", help=argparse.SUPPRESS)
g.add_argument("--beta", type=float, help="beta value")
m = p.add_mutually_exclusive_group()
m.add_argument("--left", action="store_true")
m.add_argument("--right", action="store_true")
run(p, ["-h"])
run(p, ["a", "b"])
run(p, ["a", "-n", "5", "-vvv", "--mode", "slow", "-o", "x", "--flag", "--no-thing", "--const", "-I", "i1", "-Ii2", "--tag", "--tag", "--ext", "e1", "e2", "--ext", "e3", "--no-color", "--pair", "1", "2", "--opt", "--many", "m1", "m2", "--beta", "2.5", "--left"])
run(p, ["a", "--opt=X", "--num=7", "--nu", "8", "--col"])
run(p, [])
run(p, ["a", "-n", "x"])
run(p, ["a", "--mode", "medium"])
run(p, ["a", "--left", "--right"])
run(p, ["a", "--pair", "1"])
run(p, ["a", "--bogus"])
run(p, ["a", "--n", "3"])
run(p, ["--version"])
run(p, ["a", "--beta", "x"])
run(p, ["a", "-n"])
run(p, ["a", "--flag=1"])
print(p.parse_known_args(["a", "--zzz", "b", "-q"]))
print(p.format_usage(), end="")
