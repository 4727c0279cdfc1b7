"""argparse: parents (their groups and mutually exclusive groups merged by title), group-level argument_default and conflict_handler, registries of types and actions."""
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


parent = argparse.ArgumentParser(add_help=False, description="parent desc")
parent.add_argument("--common", help="common option")
g = parent.add_argument_group("Parent group", "group description")
g.add_argument("--gopt", help="in a group")
m = parent.add_mutually_exclusive_group()
m.add_argument("--yes", action="store_true")
m.add_argument("--no", action="store_true")
parent.add_argument("src")
parent.set_defaults(pdef=1)
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("--own")
cg = child.add_argument_group("Parent group")
cg.add_argument("--more")
run(child, ["-h"])
run(child, ["s", "--yes", "--no"])
run(child, ["s", "--gopt", "1"])
other = argparse.ArgumentParser(prog="other", parents=[parent, argparse.ArgumentParser(add_help=False)])
run(other, ["-h"])
try:
    argparse.ArgumentParser(prog="dup", parents=[parent, parent])
except argparse.ArgumentError as e:
    print("ArgumentError", e)
gp = argparse.ArgumentParser(prog="gp", argument_default=argparse.SUPPRESS)
gr = gp.add_argument_group("G", argument_default=5)
gr.add_argument("--a")
gp.add_argument("--b")
run(gp, [])
gq = argparse.ArgumentParser(prog="gq")
gg = gq.add_argument_group("G", conflict_handler="resolve")
gg.add_argument("--c", help="first")
try:
    gg.add_argument("--c", help="second")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
run(gq, ["-h"])
rg = argparse.ArgumentParser(prog="reg")
rg.register("type", "hex", lambda s: int(s, 16))
rg.register("action", "shout", type("Shout", (argparse.Action,), {"__call__": lambda self, p, ns, v, o=None: setattr(ns, self.dest, v.upper())}))
rg.add_argument("--h2", type="hex")
rg.add_argument("--s", action="shout")
run(rg, ["--h2", "ff", "--s", "hi"])
run(rg, ["--h2", "zz"])
try:
    rg.add_argument()
except TypeError as e:
    print("TypeError", e)
print(rg.add_argument(dest="d").dest)
