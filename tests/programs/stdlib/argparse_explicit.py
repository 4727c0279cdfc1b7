"""argparse: single-dash long options and their abbreviations, explicit arguments (=value) by nargs, -- between option arguments, positionals split around options."""
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
m = argparse.ArgumentParser(prog="mx")
g = m.add_mutually_exclusive_group()
g.add_argument("-a", action="count")
g.add_argument("-z", "--baz", action="store_true")
for args in (["--baz", "-a1"], ["--baz", "-aa"], ["-aa"], ["-az"]):
    run(m, args)
