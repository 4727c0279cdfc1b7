"""argparse: single-dash long options and their abbreviations, explicit arguments (=value) by nargs, -- between option arguments, positionals split around options."""
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


p = argparse.ArgumentParser(prog="sd")
p.add_argument("-foo")
p.add_argument("-f", action="store_true")
p.add_argument("-foobar", nargs="?", const="C")
p.add_argument("--opt", nargs="?", const="K")
p.add_argument("--two", nargs=2)
p.add_argument("--star", nargs="*")
for args in (["-foo", "1"], ["-fo", "2"], ["-f"], ["-foob"], ["-foobar=x"], ["-foo="], ["--opt="], ["--opt=v"], ["--two=a"], ["--star=s"],
             ["-fx"], ["--op"], ["--o"], ["-foo", "--opt"], ["--star", "a", "b", "--opt", "c"], ["--star", "--", "x"], ["--two", "a", "--", "b"], ["--", "--opt"]):
    run(p, args)
q = argparse.ArgumentParser(prog="pos")
q.add_argument("a")
q.add_argument("--b", action="append")
q.add_argument("c", nargs="+")
for args in (["1", "--b", "x", "2", "3"], ["1", "2", "--b", "x", "3"], ["--b", "y", "1"], ["1"], ["1", "2", "--", "--b"]):
    run(q, args)
