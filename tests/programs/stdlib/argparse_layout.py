"""argparse: formatter classes (raw description/text, defaults, metavar types), usage wrapping, groups, custom widths, reprs."""
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


desc = """This description has
    odd   spacing and
line breaks that raw formatters keep.

Second paragraph."""
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    print("=====", cls.__name__)
    p = argparse.ArgumentParser(prog="fmt", description=desc, epilog="Epilog   text\n  indented.", formatter_class=cls)
    p.add_argument("--count", type=int, default=1, help="how many\n  times (multi-line help that is long enough to wrap around the column limit)")
    p.add_argument("--name", type=str, default="bob", help="the name")
    p.add_argument("--none", type=float, help="no default shown")
    p.add_argument("--supp", type=int, default=argparse.SUPPRESS, help="suppressed default")
    p.add_argument("pos", type=str, nargs="?", default="P", help="a positional")
    p.add_argument("--flag", action="store_true", help="a flag")
    run(p, ["-h"])

p = argparse.ArgumentParser(prog="a_program_with_a_rather_long_name_for_wrapping")
for i in range(6):
    p.add_argument(f"--option-number-{i}", metavar=f"VALUE{i}", help=f"option {i}")
p.add_argument("first_positional_argument")
p.add_argument("second_positional_argument", nargs="+")
p.add_argument("third", nargs="*")
run(p, ["-h"])
p = argparse.ArgumentParser(prog="short")
p.add_argument("positional_argument_number_one_with_long_name")
p.add_argument("positional_argument_number_two_with_long_name")
p.add_argument("positional_argument_number_three_with_long_name")
p.add_argument("-x")
run(p, ["-h"])
p = argparse.ArgumentParser(prog="grp", add_help=False)
p.add_argument("--help", action="help", help="show help")
a = p.add_argument_group("Input options")
a.add_argument("--in", dest="inp", help="input")
b = p.add_argument_group(description="untitled group description")
b.add_argument("--zz")
mx = a.add_mutually_exclusive_group()
mx.add_argument("--json", action="store_true")
mx.add_argument("--xml", action="store_true")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--very-long-option-name-exceeding-column", metavar="SOMETHING_LONG", help="wraps to the next line because it is long")
p.add_argument("-v", "--version", action="version", version="grp 2.0", help="print version")
run(p, ["--help"])
w = argparse.ArgumentParser(prog="w", formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=60))
w.add_argument("--alpha-beta-gamma", help="help text " * 8)
w.add_argument("-s", "--short", help="short one")
run(w, ["-h"])
print(repr(argparse.ArgumentParser(prog="r", description="d")))
act = argparse.ArgumentParser(prog="r").add_argument("--foo", type=int, default=3, help="h")
print(repr(act))
print(argparse.ArgumentError(act, "msg"), argparse.ArgumentError(None, "plain"))
em = argparse.ArgumentParser(prog="empty", add_help=False)
run(em, ["-h"])
print(repr(em.format_help()))
