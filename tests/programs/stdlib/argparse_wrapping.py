"""argparse: help text wrapped as textwrap wraps it (hyphens, em-dashes, long words, whitespace), mutually exclusive groups in the usage."""
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


p = argparse.ArgumentParser(prog="wrap", description="Use --very-long-option-name or well-known self-contained multi-word-hyphenated things -- like em--dashes and a-b-c or x-ray, 123-456, foo--bar. Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordwithoutbreaks and a long-hyphenated-word-that-goes-on-and-on-and-on-and-on-and-on-forever here.")
p.add_argument("--x", help="Averyveryveryveryveryveryveryveryveryveryveryveryveryverylongword re-run the well-known co-operative tests -- quickly.")
p.add_argument("--tab", help="tab\there\tand\u00a0nbsp and unicode ünïcödé-wörds-här")
p.add_argument("--sp", help="   ")
p.add_argument("--empty", help="")
for w in (30, 45, 60):
    f = argparse.HelpFormatter("wrap", width=w)
    print(w, f._split_lines("Use --very-long-option-name or well-known x--y a-b-c-d e--f--g", w - 10))
    print(repr(f._fill_text("Use   --very-long-option-name\n or well-known", w, "  ")))
run(p, ["-h"])
g = argparse.ArgumentParser(prog="groups")
m1 = g.add_mutually_exclusive_group()
m1.add_argument("--a", help=argparse.SUPPRESS)
m1.add_argument("--b")
m1.add_argument("--c")
m2 = g.add_mutually_exclusive_group(required=True)
m2.add_argument("--d", action="store_true")
m2.add_argument("e", nargs="?")
m3 = g.add_mutually_exclusive_group(required=True)
m3.add_argument("--only")
run(g, ["-h"])
run(g, [])
